import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { CheckpointConflictError, type ReadModelStore } from '../read-model-store/read-model-store';
import { SqliteReadModelStore } from '../read-model-store/sqlite-read-model-store';
import { leicestershire } from '../testing/leicestershire';
import { appendToStore, foldedModel } from '../testing/plan-history';
import { PlanProjector } from './projector';
import type { ProjectorWriterLock } from './writer-lock';

/** One lock shared by the instances of a test, like one advisory lock key in one database. */
class LockBoard {
  holder: FakeLock | null = null;
  lock(): FakeLock {
    return new FakeLock(this);
  }
}

class FakeLock implements ProjectorWriterLock {
  private released = false;
  constructor(private readonly board: LockBoard) {}
  async tryAcquire(): Promise<boolean> {
    if (this.released) return false;
    if (this.board.holder === null) this.board.holder = this;
    return this.board.holder === this;
  }
  async release(): Promise<void> {
    this.released = true;
    if (this.board.holder === this) this.board.holder = null;
  }
  /** The session behind the lock died: the database freed it, and the holder has not noticed yet. */
  loseSilently(): void {
    if (this.board.holder === this) this.board.holder = null;
  }
}

/** Counts saves, and can hold one back until the test lets it through. */
function watched(store: ReadModelStore): ReadModelStore & { saves: number; holdNextSave: () => () => void } {
  let gate: Promise<void> | null = null;
  const wrapper = {
    saves: 0,
    load: () => store.load(),
    clear: () => store.clear(),
    close: () => store.close(),
    save: async (...args: Parameters<ReadModelStore['save']>) => {
      if (gate) {
        const waiting = gate;
        gate = null;
        await waiting;
      }
      wrapper.saves++;
      return store.save(...args);
    },
    holdNextSave: () => {
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return open;
    },
  };
  return wrapper;
}



/** Polls until the condition holds; fails after `tries` polls. No timing is asserted. */
async function eventually(condition: () => boolean | Promise<boolean>, what: string, tries = 500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting until ${what}`);
}

describe('PlanProjector with a writer lock (several instances, one shared read-model store)', () => {
  let dir: string;
  let events: SqliteEventStore;
  let board: LockBoard;
  const projectors: PlanProjector[] = [];
  const readModelDir = () => join(dir, 'read-model');
  const storedModel = async () => {
    const store = new SqliteReadModelStore(readModelDir());
    try {
      return await store.load();
    } finally {
      await store.close();
    }
  };
  const instance = (lock: ProjectorWriterLock, options: { writerLockRetryMs?: number; onError?: (error: Error) => void } = {}) => {
    const readModels = watched(new SqliteReadModelStore(readModelDir()));
    const projector = new PlanProjector(events, readModels, { onError: () => undefined, retryDelayMs: 10, writerLockRetryMs: 20, writerLock: lock, ...options });
    projectors.push(projector);
    return { projector, readModels };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saferplan-writer-lock-'));
    events = await SqliteEventStore.open({ dataDir: join(dir, 'events'), pollIntervalMs: 20 });
    board = new LockBoard();
  });
  afterEach(async () => {
    await Promise.all(projectors.splice(0).map((p) => p.stop()));
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets only the lock holder save; the other folds the same model in memory', async () => {
    const history = leicestershire();
    const a = instance(board.lock());
    const b = instance(board.lock());
    await a.projector.start();
    await b.projector.start();
    expect([a.projector.isWriter, b.projector.isWriter]).toEqual([true, false]);

    const head = await appendToStore(events, history.events);
    await a.projector.waitFor(head);
    await b.projector.waitFor(head);
    await Promise.all([a.projector.flush(), b.projector.flush()]);
    expect(b.readModels.saves).toBe(0);
    expect(a.readModels.saves).toBeGreaterThan(0);
    const pure = foldedModel(history).toDocuments();
    expect(compareDocuments((b.projector.queries as PlanReadModel).toDocuments(), pure)).toEqual([]);
    const stored = await storedModel();
    expect(stored.checkpoint).toBe(head);
    expect(compareDocuments(stored.model.toDocuments(), pure)).toEqual([]);
  });

  it('starts a second instance from the persisted documents, not from the start of the log', async () => {
    const history = leicestershire();
    const a = instance(board.lock());
    await a.projector.start();
    const head = await appendToStore(events, history.events);
    await a.projector.waitFor(head);

    const b = instance(board.lock());
    await b.projector.start();
    expect(b.projector.isWriter).toBe(false);
    expect(b.projector.checkpoint).toBe(head); // loaded, before anything was delivered
    expect(b.projector.queries.action('a1')?.status).toBe('OFF_TRACK');
  });

  it('hands the saving over when the holder stops: the successor brings the store up to its model', async () => {
    const history = leicestershire();
    const a = instance(board.lock());
    const b = instance(board.lock());
    await a.projector.start();
    await b.projector.start();
    const half = Math.floor(history.events.length / 2);
    await a.projector.waitFor(await appendToStore(events, history.events.slice(0, half)));
    await a.projector.stop();

    // Appended while nobody holds the lock yet: B folds them in memory, then saves all on takeover.
    const head = await appendToStore(events, history.events.slice(half));
    await b.projector.waitFor(head);
    await eventually(() => b.projector.isWriter, 'B holds the writer lock');
    await b.projector.flush();
    const stored = await storedModel();
    expect(stored.checkpoint).toBe(head);
    expect(compareDocuments(stored.model.toDocuments(), foldedModel(history).toDocuments())).toEqual([]);

    const more = await appendToStore(events, [history.recordUpdate('a2', '2017/18 Q2', 'RED', 5)]);
    await b.projector.waitFor(more);
    await b.projector.flush();
    expect((await storedModel()).checkpoint).toBe(more);
    expect((await storedModel()).model.action('a2')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 5 });
  });

  it('refuses the save of a writer that lost its lock unnoticed (checkpoint compare-and-set); it carries on as a reader', async () => {
    const history = leicestershire();
    const errors: Error[] = [];
    const lockA = board.lock();
    // A never re-checks its lock by itself in this test: only the refused save can tell it.
    const a = instance(lockA, { writerLockRetryMs: 60_000, onError: (error) => errors.push(error) });
    const b = instance(board.lock());
    await a.projector.start();
    await b.projector.start();
    const head = await appendToStore(events, history.events);
    await a.projector.waitFor(head);
    await b.projector.waitFor(head);
    await a.projector.flush(); // A saved `head`

    lockA.loseSilently();
    await eventually(() => b.projector.isWriter, 'B takes the lock over');
    expect(a.projector.isWriter).toBe(true); // it has not noticed

    const letAThrough = a.readModels.holdNextSave();
    const update = await appendToStore(events, [history.recordUpdate('a2', '2017/18 Q2', 'AMBER', 30)]);
    await b.projector.waitFor(update);
    await b.projector.flush(); // B saved the update at `update`
    letAThrough(); // A's save still expects `head`

    await a.projector.flush();
    await eventually(() => !a.projector.isWriter, 'A gives up writing');
    expect(errors.find((error) => error instanceof CheckpointConflictError)?.message).toBe(
      `read model checkpoint is ${update}, not the expected ${head}: another projector saved in between`,
    );
    await a.projector.waitFor(update);
    expect(a.projector.queries.action('a2')).toMatchObject({ status: 'AT_RISK', percentComplete: 30 });
    const stored = await storedModel();
    expect(stored.checkpoint).toBe(update);
    expect(stored.model.action('a2')).toMatchObject({ status: 'AT_RISK', percentComplete: 30 });
  });

  it('releases the lock on stop, after its last save', async () => {
    const lock = board.lock();
    const a = instance(lock);
    await a.projector.start();
    expect(board.holder).toBe(lock);
    await a.projector.stop();
    expect(board.holder).toBeNull();
    expect(a.projector.isWriter).toBe(false);
  });
});
