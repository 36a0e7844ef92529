import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeEventStoreContract, waitUntil } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { SqliteEventStore } from './sqlite-event-store';
import type { SqliteWriterThread } from './sqlite-writer-thread';

const AT = new Date('2018-09-04T10:00:00Z');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'saferplan-events-'));
}

describeEventStoreContract('SQLite', async () => {
  const dataDir = join(tempDir(), 'nested', 'data'); // also proves the directory is created
  return {
    store: await SqliteEventStore.open({ dataDir }),
    reopen: () => SqliteEventStore.open({ dataDir }),
    reopenSigned: (signer) => SqliteEventStore.open({ dataDir, signer }),
    cleanup: async () => rmSync(join(dataDir, '..', '..'), { recursive: true, force: true }),
  };
});

// The same appender on the caller's thread (the bench's comparison) keeps the same contract.
describeEventStoreContract('SQLite, inline writer', async () => {
  const dataDir = tempDir();
  return {
    store: await SqliteEventStore.open({ dataDir, writer: 'inline' }),
    reopen: () => SqliteEventStore.open({ dataDir, writer: 'inline' }),
    reopenSigned: (signer) => SqliteEventStore.open({ dataDir, signer, writer: 'inline' }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});

describe('SqliteEventStore: one file shared by two processes', () => {
  let dataDir: string;
  const stores: SqliteEventStore[] = [];
  const open = async (pollIntervalMs?: number) => {
    const store = await SqliteEventStore.open({ dataDir, pollIntervalMs });
    stores.push(store);
    return store;
  };

  beforeEach(() => (dataDir = tempDir()));
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses WAL with synchronous=FULL and records the applied migrations', async () => {
    const store = await open();
    await open(); // a second opener must not re-apply anything
    const db = new Database(store.file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'events and commands' }]);
    } finally {
      db.close();
    }
    // synchronous is per connection: the writer thread's connection reports its own, and the
    // request thread's own write connection (the idle fast path, ADR 0028) is FULL as well.
    const writer = (store as unknown as { writer: { thread: SqliteWriterThread; inlineDb: Database.Database } }).writer;
    expect(writer.thread.synchronous).toBe(2);
    expect(writer.inlineDb.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('a subscription sees appends made through another connection by polling', async () => {
    const api = await open(50);
    const cli = await open();
    const received: RecordedEvent[] = [];
    api.subscribeToAll({ onEvents: (batch) => void received.push(...batch) });
    await cli.append('plan-1', [{ type: 'FromCli', data: { n: 1 }, schemaVersion: 1 }], { expectedRevision: 'no_stream', recordedAt: AT });
    await waitUntil(() => received.length === 1, 2000);
    expect(received[0]).toMatchObject({ streamId: 'plan-1', revision: 0, type: 'FromCli', data: { n: 1 } });
  });

  it('enforces expected revision and commandId across connections', async () => {
    const a = await open();
    const b = await open();
    await a.append('plan-1', [{ type: 'A', data: {}, schemaVersion: 1 }], { expectedRevision: 'no_stream', commandId: 'cmd-1', recordedAt: AT });
    await expect(
      b.append('plan-1', [{ type: 'B', data: {}, schemaVersion: 1 }], { expectedRevision: 'no_stream', recordedAt: AT }),
    ).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: 0 });
    const retry = await b.append('plan-1', [{ type: 'A', data: {}, schemaVersion: 1 }], { expectedRevision: 'no_stream', commandId: 'cmd-1', recordedAt: AT });
    expect(retry.duplicate).toBe(true);
    expect(await b.readAll()).toHaveLength(1);
  });

  it('rejects use after close with a clear error', async () => {
    const store = await open();
    await store.close();
    await expect(store.readAll()).rejects.toThrow(/is closed/);
  });
});

describe('SqliteEventStore: appends of one event-loop turn share one commit', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  const event = (n: number) => ({ type: 'MilestoneScheduled', data: { n }, schemaVersion: 1 });

  beforeEach(async () => {
    dataDir = tempDir();
    store = await SqliteEventStore.open({ dataDir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Bytes the WAL grew by: every commit writes its own copy of the pages it touched. */
  async function walGrowth(work: () => Promise<unknown>): Promise<number> {
    const before = statSync(`${store.file}-wal`).size;
    await work();
    return statSync(`${store.file}-wal`).size - before;
  }

  it('a failing append in the batch fails alone; the others are written and readable in order', async () => {
    await store.append('action-hot', [event(0)], { expectedRevision: 'no_stream', recordedAt: AT });
    const outcomes = await Promise.allSettled([
      store.append('action-hot', [event(1)], { expectedRevision: 0, recordedAt: AT }),
      store.append('action-hot', [event(2)], { expectedRevision: 0, recordedAt: AT }), // lost the race: stale
      store.append('action-cold', [event(3)], { expectedRevision: 'no_stream', commandId: 'cmd-cold', recordedAt: AT }),
      store.append('action-hot', [event(4)], { expectedRevision: 1, recordedAt: AT }), // sees the first one of the batch
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ name: 'WrongExpectedRevisionError', actual: 1 });
    const hot = await store.readStream('action-hot');
    expect(hot.map((e) => [e.revision, (e.data as { n: number }).n])).toEqual([[0, 0], [1, 1], [2, 4]]);
    const all = await store.readAll();
    expect(all.map((e) => e.position)).toEqual([...all.map((e) => e.position)].sort((a, b) => a - b));
    expect(all).toHaveLength(4);
    expect(await store.findCommand('cmd-cold')).toHaveLength(1);
  });

  it('32 concurrent appends share commits (far less WAL than 32 one by one), and all survive a reopen', async () => {
    const append = (i: number) => store.append(`action-${i}`, [event(i)], { expectedRevision: 'no_stream', recordedAt: AT });
    const oneByOne = await walGrowth(async () => {
      for (let i = 0; i < 32; i++) await append(i);
    });
    const together = await walGrowth(() => Promise.all(Array.from({ length: 32 }, (_, i) => append(100 + i))));
    expect(together).toBeGreaterThan(0);
    expect(together * 4).toBeLessThan(oneByOne);
    await store.close();
    store = await SqliteEventStore.open({ dataDir });
    expect(await store.readAll()).toHaveLength(64);
  });

  it('close() commits appends that were accepted but not yet flushed', async () => {
    const pending = store.append('action-1', [event(1)], { expectedRevision: 'no_stream', recordedAt: AT });
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0 });
    store = await SqliteEventStore.open({ dataDir });
    expect(await store.readStream('action-1')).toHaveLength(1);
  });
});
