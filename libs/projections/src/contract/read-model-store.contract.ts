/**
 * The one behavioural suite every read-model store must pass. Test-only: import it by path
 * (`../contract/read-model-store.contract`) from a store's spec file; what only one store does
 * (its files, its schema, its own failure modes) stays in that store's spec.
 */
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { BOARD, FY, leicestershire } from '../testing/leicestershire';
import { foldedModel } from '../testing/plan-history';
import { CheckpointConflictError, PLAN_READ_MODEL_PROJECTION, type ReadModelStore } from '../read-model-store/read-model-store';

export interface ReadModelStoreFixture {
  store: ReadModelStore;
  /** Opens another store on the same storage (another instance, or the same one after a restart); the suite closes it. */
  openAnother: () => Promise<ReadModelStore>;
  /** What the storage holds, read past the store. */
  stored: {
    documentCount: () => Promise<number>;
    checkpointProjections: () => Promise<string[]>;
    /** Overwrites a stored document's text, as a damaged file or a foreign writer would. */
    overwriteDocument: (kind: string, id: string, text: string) => Promise<void>;
  };
  /** The error a closed store gives. */
  closedMessage: string;
  /** Removes the storage; the suite has already closed every store it opened. */
  cleanup: () => Promise<void>;
}

export function describeReadModelStoreContract(name: string, factory: () => Promise<ReadModelStoreFixture>): void {
  describe(`${name}: read-model store contract`, () => {
    let fixture: ReadModelStoreFixture;
    let store: ReadModelStore;
    const opened: ReadModelStore[] = [];
    const history = leicestershire();
    const another = async () => {
      const other = await fixture.openAnother();
      opened.push(other);
      return other;
    };

    beforeEach(async () => {
      fixture = await factory();
      store = fixture.store;
      opened.push(store);
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await fixture.cleanup();
    });

    it('starts empty at checkpoint 0', async () => {
      const { checkpoint, model } = await store.load();
      expect(checkpoint).toBe(0);
      expect(model.toDocuments()).toEqual([]);
    });

    it('stores documents and checkpoint together, and a store opened after it closed loads the same model', async () => {
      const model = foldedModel(history);
      await store.save(model.changedDocuments(), history.events.length);
      await store.close();
      const loaded = await (await another()).load();
      expect(loaded.checkpoint).toBe(history.events.length);
      expect(compareDocuments(loaded.model.toDocuments(), model.toDocuments())).toEqual([]);
      expect(loaded.model.priorityProgress('nwl-asb', '2017-10-15').percentComplete).toBe(140 / 3);
    });

    it('loads, across restarts with saves in between, the model the log folds to: same documents, same answers', async () => {
      const answers = (model: PlanReadModel) => ({
        progress: model.progress({}, '2018-01-15'),
        county: model.countyProgress(BOARD, FY, '2018-01-15'),
        partnerships: model.partnerships(),
      });
      let model = (await store.load()).model;
      let checkpoint = 0;
      for (const upTo of [7, 20, 33, history.events.length]) {
        for (const event of history.events.slice(checkpoint, upTo)) model.apply(event);
        await store.save(model.changedDocuments(), upTo, { expectedCheckpoint: checkpoint });
        checkpoint = upTo;
        await store.close();
        store = await another();
        const loaded = await store.load();
        const folded = new PlanReadModel();
        for (const event of history.events.slice(0, upTo)) folded.apply(event);
        expect(loaded.checkpoint).toBe(upTo);
        expect(compareDocuments(loaded.model.toDocuments(), folded.toDocuments())).toEqual([]);
        expect(JSON.stringify(loaded.model.toDocuments())).toBe(JSON.stringify(folded.toDocuments()));
        expect(answers(loaded.model)).toEqual(answers(folded));
        model = loaded.model;
      }
    });

    it('forgets a stored model it cannot read and loads empty at 0, so the projector refolds the log', async () => {
      const model = foldedModel(history);
      await store.save(model.changedDocuments(), 40);
      // Valid JSON (both stores check that), not an action this release wrote.
      await fixture.stored.overwriteDocument('action', 'a2', '{"id":"a2","milestones":null}');
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(0);
      expect(loaded.model.toDocuments()).toEqual([]);
      expect(await fixture.stored.documentCount()).toBe(0);
      // The refold's first save, a compare-and-set from 0, is accepted.
      await store.save(model.toDocuments(), 40, { expectedCheckpoint: 0 });
      expect(compareDocuments((await store.load()).model.toDocuments(), model.toDocuments())).toEqual([]);
    });

    it('upserts only the documents it is given', async () => {
      const model = foldedModel(history);
      await store.save(model.changedDocuments(), 10);
      model.markSaved();
      model.apply(history.recordUpdate('a2', '2017/18 Q2', 'GREEN', 15));
      const changed = model.changedDocuments();
      expect(changed.map((d) => `${d.kind}:${d.id}`)).toEqual(['action:a2']);
      await store.save(changed, 11);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(11);
      expect(loaded.model.action('a2')).toMatchObject({ status: 'ON_TRACK', percentComplete: 15 });
      expect(loaded.model.toDocuments()).toHaveLength(model.toDocuments().length);
    });

    it('rolls the whole save back when one document cannot be written: checkpoint unchanged', async () => {
      const model = foldedModel(history);
      await store.save(model.changedDocuments(), 5);
      const good = model.changedDocuments()[0];
      const unwritable = { kind: 'action', id: 'broken', doc: { budget: 10n } } as never;
      await expect(store.save([{ ...good, doc: { ...good.doc, name: 'Renamed' } } as never, unwritable], 6)).rejects.toThrow(/BigInt/);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(5);
      expect(loaded.model.partnership(good.id)?.name).toBe('Leicestershire Safer Communities Strategy Board');
    });

    it('replaces every document on a rebuild save', async () => {
      await store.save(foldedModel(history).changedDocuments(), 40);
      const smaller = new PlanReadModel();
      smaller.apply(history.events[0]);
      await store.save(smaller.toDocuments(), 40, { replaceAll: true });
      const loaded = await store.load();
      expect(loaded.model.toDocuments().map((d) => d.id)).toEqual(['leics-board']);
    });

    it('removes the documents a save names, beside the ones it upserts', async () => {
      await store.save(foldedModel(history).changedDocuments(), 40);
      const before = (await store.load()).model.toDocuments();
      const renamed = before.find((d) => d.kind === 'partnership' && d.id === 'leics-board')!;
      await store.save([{ ...renamed, doc: { ...renamed.doc, name: 'Renamed board' } } as never], 41, {
        remove: [{ kind: 'action', id: 'a2' }, { kind: 'action', id: 'not-stored' }],
      });
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(41);
      expect(loaded.model.partnership('leics-board')?.name).toBe('Renamed board');
      expect(loaded.model.toDocuments().map((d) => `${d.kind}:${d.id}`)).toEqual(
        before.filter((d) => !(d.kind === 'action' && d.id === 'a2')).map((d) => `${d.kind}:${d.id}`),
      );
    });

    it('forgets documents and checkpoint on clear', async () => {
      await store.save(foldedModel(history).changedDocuments(), 40);
      await store.clear();
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(0);
      expect(loaded.model.toDocuments()).toEqual([]);
      expect(await fixture.stored.documentCount()).toBe(0);
    });

    describe('compare-and-set on the checkpoint', () => {
      it('saves when the stored checkpoint is the expected one (0 when nothing is stored)', async () => {
        const model = foldedModel(history);
        await store.save(model.changedDocuments(), 44, { expectedCheckpoint: 0 });
        model.markSaved();
        model.apply(history.recordUpdate('a2', '2017/18 Q2', 'RED', 5));
        await store.save(model.changedDocuments(), 45, { expectedCheckpoint: 44 });
        const loaded = await store.load();
        expect(loaded.checkpoint).toBe(45);
        expect(loaded.model.action('a2')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 5 });
      });

      it('refuses a save whose expected checkpoint another writer moved on, writing nothing', async () => {
        const model = foldedModel(history);
        await store.save(model.changedDocuments(), 44, { expectedCheckpoint: 0 });
        const successor = await another();
        await successor.save([], 50, { expectedCheckpoint: 44 });

        const stale = { kind: 'partnership', id: 'leics-board', doc: { ...model.partnership('leics-board')!, name: 'Stale' } } as never;
        const refused = store.save([stale], 46, { expectedCheckpoint: 44 });
        await expect(refused).rejects.toThrow(CheckpointConflictError);
        await expect(refused).rejects.toThrow('read model checkpoint is 50, not the expected 44: another projector saved in between');
        const loaded = await store.load();
        expect(loaded.checkpoint).toBe(50);
        expect(loaded.model.partnership('leics-board')?.name).toBe('Leicestershire Safer Communities Strategy Board');
      });

      it('refuses a save from a checkpoint this same store has already moved past', async () => {
        await store.save(foldedModel(history).changedDocuments(), 44, { expectedCheckpoint: 0 });
        await store.save([], 50, { expectedCheckpoint: 44 });
        await expect(store.save([], 51, { expectedCheckpoint: 44 })).rejects.toThrow(
          'read model checkpoint is 50, not the expected 44: another projector saved in between',
        );
        expect((await store.load()).checkpoint).toBe(50);
      });

      it('lets exactly one of two concurrent saves from the same checkpoint win', async () => {
        await store.save(foldedModel(history).changedDocuments(), 44, { expectedCheckpoint: 0 });
        const rival = await another();
        const results = await Promise.allSettled([
          store.save([], 45, { expectedCheckpoint: 44 }),
          rival.save([], 46, { expectedCheckpoint: 44 }),
        ]);
        const fulfilled = results.filter((r) => r.status === 'fulfilled');
        const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        expect(rejected[0].reason).toBeInstanceOf(CheckpointConflictError);
        const winner = results[0].status === 'fulfilled' ? 45 : 46;
        expect((await store.load()).checkpoint).toBe(winner);
      });

      it('lets exactly one of two first saves win on an empty store', async () => {
        const rival = await another();
        const results = await Promise.allSettled([store.save([], 3, { expectedCheckpoint: 0 }), rival.save([], 4, { expectedCheckpoint: 0 })]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(await fixture.stored.checkpointProjections()).toEqual([PLAN_READ_MODEL_PROJECTION]);
      });
    });

    it('refuses to be used after close', async () => {
      await store.close();
      await expect(store.load()).rejects.toThrow(fixture.closedMessage);
    });
  });
}
