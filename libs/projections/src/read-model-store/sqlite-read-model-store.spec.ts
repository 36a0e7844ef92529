import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { leicestershire } from '../testing/leicestershire';
import { PLAN_READ_MODEL_PROJECTION } from './read-model-store';
import { SqliteReadModelStore } from './sqlite-read-model-store';

describe('SqliteReadModelStore', () => {
  let dataDir: string;
  let store: SqliteReadModelStore;
  const history = leicestershire();
  const foldedModel = () => {
    const model = new PlanReadModel();
    for (const event of history.events) model.apply(event);
    return model;
  };

  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'saferplan-read-model-')), 'data');
    store = new SqliteReadModelStore(dataDir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('starts empty at checkpoint 0', async () => {
    const { checkpoint, model } = await store.load();
    expect(checkpoint).toBe(0);
    expect(model.toDocuments()).toEqual([]);
  });

  it('uses WAL with synchronous=NORMAL in read-model.sqlite (atomic saves; the log stays FULL)', () => {
    const db = new Database(join(dataDir, 'read-model.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // synchronous is per connection: read it from the store's own handle (1 = NORMAL).
    expect((store as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.file).toBe(join(dataDir, 'read-model.sqlite'));
  });

  it('stores documents and checkpoint together and loads the same model back', async () => {
    const model = foldedModel();
    await store.save(model.changedDocuments(), history.events.length);
    await store.close();
    store = new SqliteReadModelStore(dataDir);
    const loaded = await store.load();
    expect(loaded.checkpoint).toBe(history.events.length);
    expect(compareDocuments(loaded.model.toDocuments(), model.toDocuments())).toEqual([]);
    expect(loaded.model.priorityProgress('nwl-asb', '2017-10-15').percentComplete).toBe(140 / 3);
  });

  it('upserts only the documents it is given', async () => {
    const model = foldedModel();
    await store.save(model.changedDocuments(), 10);
    model.markSaved();
    model.apply(history.recordUpdate('a2', '2017/18 Q2', 'GREEN', 15));
    await store.save(model.changedDocuments(), 11);
    const loaded = await store.load();
    expect(loaded.checkpoint).toBe(11);
    expect(loaded.model.action('a2')).toMatchObject({ status: 'ON_TRACK', percentComplete: 15 });
    expect(loaded.model.toDocuments()).toHaveLength(model.toDocuments().length);
  });

  it('rolls the whole save back when one document cannot be written: checkpoint unchanged', async () => {
    const model = foldedModel();
    await store.save(model.changedDocuments(), 5);
    const good = model.changedDocuments()[0];
    const unwritable = { kind: 'action', id: 'broken', doc: { budget: 10n } } as never;
    await expect(store.save([{ ...good, doc: { ...good.doc, name: 'Renamed' } } as never, unwritable], 6)).rejects.toThrow(/BigInt/);
    const loaded = await store.load();
    expect(loaded.checkpoint).toBe(5);
    expect(loaded.model.partnership(good.id)?.name).toBe('Leicestershire Safer Communities Strategy Board');
  });

  it('replaces every document on a rebuild save', async () => {
    await store.save(foldedModel().changedDocuments(), 40);
    const smaller = new PlanReadModel();
    smaller.apply(history.events[0]);
    await store.save(smaller.toDocuments(), 40, { replaceAll: true });
    const loaded = await store.load();
    expect(loaded.model.toDocuments().map((d) => d.id)).toEqual(['leics-board']);
  });

  it('refuses a compare-and-set save when the stored checkpoint moved on, writing nothing', async () => {
    await store.save(foldedModel().changedDocuments(), 44, { expectedCheckpoint: 0 });
    await store.save([], 50, { expectedCheckpoint: 44 });
    await expect(store.save([], 51, { expectedCheckpoint: 44 })).rejects.toThrow(
      'read model checkpoint is 50, not the expected 44: another projector saved in between',
    );
    expect((await store.load()).checkpoint).toBe(50);
  });

  it('forgets documents and checkpoint on clear', async () => {
    await store.save(foldedModel().changedDocuments(), 40);
    await store.clear();
    const loaded = await store.load();
    expect(loaded.checkpoint).toBe(0);
    expect(loaded.model.toDocuments()).toEqual([]);
  });

  it('drops documents written by another document version, so the projector refolds', async () => {
    await store.save(foldedModel().changedDocuments(), 40);
    await store.close();
    const db = new Database(join(dataDir, 'read-model.sqlite'));
    db.prepare('UPDATE checkpoints SET projection = ? WHERE projection = ?').run('plan-read-model/v0', PLAN_READ_MODEL_PROJECTION);
    db.close();
    store = new SqliteReadModelStore(dataDir);
    const loaded = await store.load();
    expect(loaded.checkpoint).toBe(0);
    expect(loaded.model.toDocuments()).toEqual([]);
  });
});
