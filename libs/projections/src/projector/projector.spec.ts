import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore, SubscribeOptions } from '@saferplan/event-store/event-store.port';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import { readModelAsOf } from '../as-of/as-of';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { type ReadModelDocument, compareDocuments } from '../plan-read-model/read-model-documents';
import type { ActionView } from '../views';
import type { ReadModelStore } from '../read-model-store/read-model-store';
import { SqliteReadModelStore } from '../read-model-store/sqlite-read-model-store';
import { BOARD, FY, NWL, leicestershire } from '../testing/leicestershire';
import { type PlanHistory, appendToStore, foldedModel } from '../testing/plan-history';
import { PlanProjector, ReadModelLagError } from './projector';


/** The store, counting what its subscriptions deliver: how we prove a restart does not replay. */
function counting(store: EventStore): EventStore & { delivered: number } {
  const counted = Object.create(store) as EventStore & { delivered: number };
  counted.delivered = 0;
  counted.subscribeToAll = (options: SubscribeOptions) =>
    store.subscribeToAll({
      ...options,
      onEvents: (events) => {
        counted.delivered += events.length;
        return options.onEvents(events);
      },
    });
  return counted;
}


describe('PlanProjector with the SQLite event store', () => {
  let dir: string;
  let events: SqliteEventStore;
  const projectors: PlanProjector[] = [];
  const readModelDir = () => join(dir, 'data');
  const projector = (store: EventStore = events, readModels: ReadModelStore = new SqliteReadModelStore(readModelDir()), options = {}) => {
    const created = new PlanProjector(store, readModels, { onError: () => undefined, ...options });
    projectors.push(created);
    return created;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saferplan-projector-'));
    events = await SqliteEventStore.open({ dataDir: join(dir, 'data'), pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await Promise.all(projectors.splice(0).map((p) => p.stop()));
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A first projector folds the history into the store's read model and stops (a restart follows). */
  async function foldedOnceAndStopped(history: ReturnType<typeof leicestershire>): Promise<number> {
    const first = projector();
    await first.start();
    const head = await appendToStore(events, history.events);
    await first.waitFor(head);
    await first.stop();
    return head;
  }

  it('folds the log into the same documents and figures as the pure model', async () => {
    const history = leicestershire();
    const live = projector();
    await live.start();
    const head = await appendToStore(events, history.events);
    expect(head).toBe(history.events.length);
    await live.waitFor(head);
    expect(live.checkpoint).toBe(head);
    const pure = foldedModel(history);
    expect(compareDocuments((live.queries as PlanReadModel).toDocuments(), pure.toDocuments())).toEqual([]);
    expect(live.queries.countyProgress(BOARD, FY, '2017-10-15')[0].progress.percentComplete).toBe(52.5);
  });

  it('refolds the log when the stored model cannot be read, then saves it again', async () => {
    const history = leicestershire();
    const head = await foldedOnceAndStopped(history);
    // Valid JSON, not an action this release wrote (as a damaged file or another release would leave).
    const db = new Database(join(readModelDir(), 'read-model.sqlite'));
    db.prepare("UPDATE documents SET doc = '{\"id\":\"a1\"}' WHERE kind = 'action' AND id = 'a1'").run();
    db.close();

    const restarted = counting(events);
    const live = projector(restarted);
    await live.start();
    await live.waitFor(head);
    expect(restarted.delivered).toBe(head);
    const pure = foldedModel(history);
    expect(compareDocuments((live.queries as PlanReadModel).toDocuments(), pure.toDocuments())).toEqual([]);
    await live.flush();
    const stored = await reloadStored();
    expect(stored.checkpoint).toBe(head);
    expect(compareDocuments(stored.model.toDocuments(), pure.toDocuments())).toEqual([]);
  });

  it('makes an append visible once waitFor resolves (read-your-writes)', async () => {
    const history = leicestershire();
    const live = projector();
    await live.start();
    await live.waitFor(await appendToStore(events, history.events));
    const position = await appendToStore(events, [history.recordUpdate('a2', '2017/18 Q2', 'RED', 5)]);
    await live.waitFor(position);
    expect(live.queries.action('a2')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 5, version: 3 });
  });

  it('rejects waitFor with a clear error when the position is not reached in time', async () => {
    const live = projector();
    await live.start();
    const waiting = live.waitFor(99, 50);
    await expect(waiting).rejects.toThrow(ReadModelLagError);
    await expect(waiting).rejects.toThrow('read model did not reach event position 99 within 50 ms (it is at 0)');
  });

  it('resumes from the stored checkpoint on restart instead of replaying the log', async () => {
    const history = leicestershire();
    const head = await foldedOnceAndStopped(history);

    const more = [history.recordUpdate('a2', '2017/18 Q2', 'AMBER', 25), history.completeAction('a1')];
    const store = counting(events);
    const second = projector(store);
    await second.start();
    expect(second.checkpoint).toBe(head); // loaded, before anything was delivered
    expect(second.queries.action('a1')?.status).toBe('OFF_TRACK');
    const newHead = await appendToStore(events, more);
    await second.waitFor(newHead);
    expect(store.delivered).toBe(2); // only the two new events, not the 44 before them
    expect(compareDocuments((second.queries as PlanReadModel).toDocuments(), foldedModel(history).toDocuments())).toEqual([]);
  });

  it('catches up from the checkpoint on events appended while it was stopped', async () => {
    const history = leicestershire();
    const first = projector();
    await first.start();
    const half = Math.floor(history.events.length / 2);
    await first.waitFor(await appendToStore(events, history.events.slice(0, half)));
    await first.stop();
    const head = await appendToStore(events, history.events.slice(half));

    const store = counting(events);
    const second = projector(store);
    await second.start();
    await second.waitFor(head);
    expect(store.delivered).toBe(history.events.length - half);
    expect(second.queries.priorityProgress('nwl-asb', '2017-10-15').percentComplete).toBe(140 / 3);
  });

  it('rebuilds from the whole log into identical documents', async () => {
    const history = leicestershire();
    const first = projector();
    await first.start();
    await first.waitFor(await appendToStore(events, history.events.slice(0, 20)));
    await first.stop(); // the incremental path crosses a restart
    const live = projector();
    await live.start();
    await live.waitFor(await appendToStore(events, history.events.slice(20)));

    const result = await live.rebuild();
    expect(result).toEqual({ identical: true, eventsApplied: history.events.length, differences: [], repaired: false });
    expect(compareDocuments((live.queries as PlanReadModel).toDocuments(), foldedModel(history).toDocuments())).toEqual([]);
  });

  it('rebuilds across pages of the log, however the pages fall, into the same documents', async () => {
    const history = leicestershire();
    await appendToStore(events, history.events);
    // Pages that end mid-stream and a last page that is short (SQLite rebuilds in pages of 1,000).
    for (const pageSize of [1, 7, history.events.length - 1]) {
      const live = projector(events, new SqliteReadModelStore(join(dir, `data-${pageSize}`)), { pageSize });
      await live.start();
      await live.waitFor(history.events.length);
      const result = await live.rebuild();
      expect(result).toEqual({ identical: true, eventsApplied: history.events.length, differences: [], repaired: false });
      await live.stop();
    }
  });

  it('rebuilds up to the head of the log even while the projector is behind it', async () => {
    const history = leicestershire();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    // Deliveries wait at the gate once `holding`: the projector falls behind the log's head.
    const gated = Object.create(events) as EventStore;
    gated.subscribeToAll = (options: SubscribeOptions) =>
      events.subscribeToAll({ ...options, onEvents: async (batch) => { if (holding) await held; return options.onEvents(batch); } });
    const live = projector(gated);
    await live.start();
    await live.waitFor(await appendToStore(events, history.events.slice(0, 20)));
    holding = true;
    const head = await appendToStore(events, history.events.slice(20));
    expect(live.checkpoint).toBe(20);

    const rebuilt = live.rebuild();
    setTimeout(release, 50);
    expect(await rebuilt).toEqual({ identical: true, eventsApplied: head, differences: [], repaired: false });
    expect(live.checkpoint).toBe(head);
  });

  /**
   * Projects the whole history and stops, then edits the stored model behind the projector's back
   * (drift, as a bug in an earlier release would leave it); returns the head position.
   */
  async function storeThenDrift(history: PlanHistory, drift: (a1: ActionView) => ReadModelDocument): Promise<number> {
    const first = projector();
    await first.start();
    const head = await appendToStore(events, history.events);
    await first.waitFor(head);
    await first.stop();
    const tampering = new SqliteReadModelStore(readModelDir());
    const { model } = await tampering.load();
    await tampering.save([drift(model.action('a1')!)], head);
    await tampering.close();
    return head;
  }

  /** The SQLite read-model store, with each save passed through `watch` (which calls `save` to let it through). */
  function storeWatchingSaves(watch: (save: () => Promise<void>, checkpoint: number) => Promise<void>): ReadModelStore {
    const stored = new SqliteReadModelStore(readModelDir());
    return {
      load: () => stored.load(),
      clear: () => stored.clear(),
      close: () => stored.close(),
      save: async (documents, checkpoint, options) => watch(() => stored.save(documents, checkpoint, options), checkpoint),
    };
  }

  async function reloadStored() {
    const reopened = new SqliteReadModelStore(readModelDir());
    try {
      return await reopened.load();
    } finally {
      await reopened.close();
    }
  }

  it('reports every drifted document and, without repair, leaves the live and the saved model as they were', async () => {
    const history = leicestershire();
    const head = await storeThenDrift(history, (a1) => ({ kind: 'action', id: 'a1', doc: { ...a1, status: 'COMPLETED', percentComplete: 100 } }));
    const tampering = new SqliteReadModelStore(readModelDir());
    const { model } = await tampering.load();
    await tampering.save([{ kind: 'action', id: 'ghost', doc: { ...model.action('a1')!, id: 'ghost' } }], head, { remove: [{ kind: 'action', id: 'a2' }] });
    await tampering.close();

    const live = projector();
    await live.start();
    const result = await live.rebuild();
    expect(result).toEqual({
      identical: false,
      eventsApplied: history.events.length,
      differences: [
        { kind: 'action', id: 'a1', presentIn: 'both', fields: ['percentComplete', 'status'] },
        { kind: 'action', id: 'a2', presentIn: 'left' },
        { kind: 'action', id: 'ghost', presentIn: 'right' },
      ],
      repaired: false,
    });
    expect(live.queries.action('a1')?.status).toBe('COMPLETED');
    await live.stop();
    const saved = await reloadStored();
    expect(saved.checkpoint).toBe(head);
    expect(saved.model.action('a1')).toMatchObject({ status: 'COMPLETED', percentComplete: 100 });
    expect(saved.model.action('a2')).toBeUndefined();
    expect(saved.model.action('ghost')).toBeDefined();
  });

  it('reports a stored model that drifted from the log, and with repair replaces it', async () => {
    const history = leicestershire();
    // The stored a1 claims it is complete.
    await storeThenDrift(history, (a1) => ({ kind: 'action', id: 'a1', doc: { ...a1, status: 'COMPLETED', percentComplete: 100 } }));

    const live = projector();
    await live.start();
    expect(live.queries.action('a1')?.status).toBe('COMPLETED');
    const result = await live.rebuild({ repair: true });
    expect(result).toEqual({
      identical: false,
      eventsApplied: history.events.length,
      differences: [{ kind: 'action', id: 'a1', presentIn: 'both', fields: ['percentComplete', 'status'] }],
      repaired: true,
    });
    expect(live.queries.action('a1')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 40 });
    await live.stop();
    expect((await reloadStored()).model.action('a1')?.status).toBe('OFF_TRACK');
  });

  it('repairs by rewriting only what differs: a stored document the log never made is removed', async () => {
    const history = leicestershire();
    const head = await storeThenDrift(history, (a1) => ({ kind: 'action', id: 'ghost', doc: { ...a1, id: 'ghost' } }));

    const live = projector();
    await live.start();
    expect(live.queries.action('ghost')).toBeDefined();
    const result = await live.rebuild({ repair: true });
    expect(result.differences).toEqual([{ kind: 'action', id: 'ghost', presentIn: 'right' }]);
    expect(live.queries.action('ghost')).toBeUndefined();
    await live.stop();
    const reloaded = await reloadStored();
    expect(reloaded.checkpoint).toBe(head);
    expect(compareDocuments(reloaded.model.toDocuments(), foldedModel(history).toDocuments())).toEqual([]);
  });

  it('keeps serving after a failed save and carries the unsaved changes into the next save', async () => {
    const history = leicestershire();
    let failures = 1;
    const flaky = storeWatchingSaves((save) => {
      if (failures-- > 0) throw new Error('disk full');
      return save();
    });
    const errors: Error[] = [];
    const live = projector(events, flaky, { retryDelayMs: 10, saveDelayMs: 0, onError: (error: Error) => errors.push(error) });
    await live.start();
    const head = await appendToStore(events, history.events);
    await live.waitFor(head, 5000);
    expect(compareDocuments((live.queries as PlanReadModel).toDocuments(), foldedModel(history).toDocuments())).toEqual([]);
    await live.stop(); // saves what is left
    expect(errors.map((error) => error.message)).toContain('disk full');

    const saved = await reloadStored();
    expect(saved.checkpoint).toBe(head);
    expect(compareDocuments(saved.model.toDocuments(), foldedModel(history).toDocuments())).toEqual([]);
  });

  it('releases waitFor before saving, and gathers the batches of saveDelayMs into one save', async () => {
    const history = leicestershire();
    const saves: number[] = [];
    const recording = storeWatchingSaves((save, checkpoint) => {
      saves.push(checkpoint);
      return save();
    });
    const live = projector(events, recording, { saveDelayMs: 60_000 });
    await live.start();
    let head = 0;
    for (const event of history.events.slice(0, 10)) {
      head = await appendToStore(events, [event]);
      await live.waitFor(head); // one batch each
    }
    expect(live.checkpoint).toBe(head);
    expect(saves).toEqual([]); // nothing saved yet: the waits did not wait for the store
    await live.flush();
    expect(saves).toEqual([head]); // ten batches, one save
    await live.flush();
    expect(saves).toEqual([head]); // nothing new, nothing saved
  });

  it('starts from scratch when its checkpoint is beyond the log (the event store was replaced)', async () => {
    const stale = new SqliteReadModelStore(readModelDir());
    await stale.save([], 500);
    await stale.close();
    const history = leicestershire();
    const errors: Error[] = [];
    const live = projector(events, new SqliteReadModelStore(readModelDir()), { onError: (error: Error) => errors.push(error) });
    await live.start();
    expect(live.checkpoint).toBe(0);
    expect(errors[0].message).toBe('read model checkpoint 500 is beyond the event log head 0; rebuilding from the start');
    await live.waitFor(await appendToStore(events, history.events));
    expect(live.queries.partnerships()).toHaveLength(3);
  });

  describe('readModelAsOf', () => {
    it('answers as recorded at a moment: before and after a correction', async () => {
      const history = leicestershire();
      await appendToStore(events, history.events);
      // Q2 AMBER 45 was recorded on 4 October, corrected to RED 40 on 9 October.
      const beforeCorrection = await readModelAsOf(events, new Date('2017-10-05T00:00:00Z'), 7);
      expect(beforeCorrection.action('a1')).toMatchObject({ status: 'AT_RISK', percentComplete: 45, version: 6 });
      expect(beforeCorrection.action('a1')!.updates[1].previousVersions).toEqual([]);
      const afterCorrection = await readModelAsOf(events, new Date('2017-10-09T11:30:00Z'), 7);
      expect(afterCorrection.action('a1')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 40, version: 7 });
    });

    it('leaves out what was not yet recorded, wherever it sits in the log', async () => {
      const history = leicestershire();
      // Recorded with an earlier clock than the events before it (an import, a pinned demo clock).
      history.registerPartnership('rutland-csp', 'Rutland CSP', 'COMMUNITY_SAFETY_PARTNERSHIP', { at: '2017-04-01T08:00:00.000Z' });
      history.registerPartnership('melton-csp', 'Melton CSP', 'COMMUNITY_SAFETY_PARTNERSHIP', { at: '2030-01-01T00:00:00.000Z' });
      await appendToStore(events, history.events);
      const early = await readModelAsOf(events, new Date('2017-04-02T00:00:00Z'));
      expect(early.partnerships().map((p) => p.id)).toEqual(['rutland-csp']);
      const now = await readModelAsOf(events, new Date('2020-01-01T00:00:00Z'));
      expect(now.partnerships().map((p) => p.id)).toEqual([BOARD, NWL, 'charnwood-csp', 'rutland-csp']);
      expect(now.action('a1')?.version).toBe(7);
    });

    it('gives an empty model before anything was recorded', async () => {
      await appendToStore(events, leicestershire().events);
      const model = await readModelAsOf(events, new Date('2000-01-01T00:00:00Z'));
      expect(model.toDocuments()).toEqual([]);
      expect(model.progress({}, '2000-01-01')).toEqual([]);
    });
  });
});
