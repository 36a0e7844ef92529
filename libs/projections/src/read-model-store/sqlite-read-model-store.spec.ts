import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeReadModelStoreContract } from '../contract/read-model-store.contract';
import { leicestershire } from '../testing/leicestershire';
import { foldedModel } from '../testing/plan-history';
import { PLAN_READ_MODEL_PROJECTION } from './read-model-store';
import { SqliteReadModelStore } from './sqlite-read-model-store';

const tempDataDir = () => join(mkdtempSync(join(tmpdir(), 'saferplan-read-model-')), 'data');

/** Reads the store's file past the store, on a connection of its own. */
function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

describeReadModelStoreContract('SQLite', async () => {
  const dataDir = tempDataDir();
  const store = new SqliteReadModelStore(dataDir);
  return {
    store,
    openAnother: async () => new SqliteReadModelStore(dataDir),
    stored: {
      documentCount: async () => query<{ n: number }>(store.file, 'SELECT count(*) AS n FROM documents')[0].n,
      checkpointProjections: async () => query<{ projection: string }>(store.file, 'SELECT projection FROM checkpoints').map((row) => row.projection),
      overwriteDocument: async (kind, id, text) => {
        const db = new Database(store.file);
        db.prepare('UPDATE documents SET doc = ? WHERE kind = ? AND id = ?').run(text, kind, id);
        db.close();
      },
    },
    closedMessage: `read model store ${store.file} is closed`,
    cleanup: async () => rmSync(join(dataDir, '..'), { recursive: true, force: true }),
  };
});

describe('SqliteReadModelStore: its file', () => {
  let dataDir: string;
  let store: SqliteReadModelStore;

  beforeEach(() => {
    dataDir = tempDataDir();
    store = new SqliteReadModelStore(dataDir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('uses WAL with synchronous=NORMAL in read-model.sqlite (atomic saves; the log stays FULL)', () => {
    const db = new Database(join(dataDir, 'read-model.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // synchronous is per connection: read it from the store's own handle (1 = NORMAL).
    expect((store as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.file).toBe(join(dataDir, 'read-model.sqlite'));
  });

  it('drops documents written by another document version, so the projector refolds', async () => {
    await store.save(foldedModel(leicestershire()).changedDocuments(), 40);
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
