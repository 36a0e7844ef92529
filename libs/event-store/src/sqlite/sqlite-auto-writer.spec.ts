import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../event-store.port';
import { SqliteAppender } from './sqlite-appender';
import { SqliteAutoWriter } from './sqlite-auto-writer';
import { SqliteEventStore } from './sqlite-event-store';
import { openSqliteFile } from './sqlite-file';
import { SqliteWriterThread } from './sqlite-writer-thread';

const AT = new Date('2018-09-04T10:00:00Z');
const event = (n: number) => ({ type: 'MilestoneScheduled', data: { n }, schemaVersion: 1 });

/** Which path the default writer chose (docs/adr/0028): the thread's side is spied on, not replaced. */
describe('SqliteEventStore: the idle writer fast path', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  let toThread: jest.SpyInstance;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-auto-writer-'));
    store = await SqliteEventStore.open({ dataDir });
    const writer = (store as unknown as { writer: SqliteAutoWriter }).writer;
    await writer.thread.ready();
    toThread = jest.spyOn(writer.thread, 'append');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('commits a lone append on the calling thread when the writer thread is idle, durably and in the chain', async () => {
    const first = await store.append('action-1', [event(0)], { expectedRevision: 'no_stream', recordedAt: AT });
    expect(toThread).not.toHaveBeenCalled();
    // Whichever path the next ones take (a slow disk sends them to the thread), the chain and commandId hold.
    const second = await store.append('action-1', [event(1)], { expectedRevision: 0, recordedAt: AT, commandId: 'c-1' });
    expect(first.events[0].metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.events[0].metadata.previousHash).toBe(first.events[0].metadata.hash);
    // The same commandId again is answered as recorded, not written twice.
    expect((await store.append('action-1', [event(1)], { expectedRevision: 0, recordedAt: AT, commandId: 'c-1' })).duplicate).toBe(true);
    await store.close();
    const reopened = await SqliteEventStore.open({ dataDir });
    try {
      expect((await reopened.readStream('action-1')).map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }]);
    } finally {
      await reopened.close();
    }
  });

  it('fails a lone append with the same typed error the thread gives, writing nothing', async () => {
    await expect(store.append('action-1', [event(1)], { expectedRevision: 5, recordedAt: AT })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('action-1')).toHaveLength(0);
    expect(toThread).not.toHaveBeenCalled();
  });

  it('sends appends that arrive together to the thread, which commits them as one group, in call order', async () => {
    const results = await Promise.all([0, 1, 2].map((n) => store.append('action-1', [event(n)], { expectedRevision: n - 1 < 0 ? 'no_stream' : n - 1, recordedAt: AT })));
    expect(toThread).toHaveBeenCalledTimes(3);
    expect(results.map((r) => r.nextExpectedRevision)).toEqual([0, 1, 2]);
  });

  it('sends a large append to the thread, so the event loop never commits many events', async () => {
    await store.append('action-1', Array.from({ length: 17 }, (_, n) => event(n)), { expectedRevision: 'no_stream', recordedAt: AT });
    expect(toThread).toHaveBeenCalledTimes(1);
  });

  it('when another process holds the write lock, waits for it on the thread and not on the event loop', async () => {
    const other = new Database(store.file);
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const pending = store.append('action-1', [event(0)], { expectedRevision: 'no_stream', recordedAt: AT });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ticks).toBeGreaterThan(5); // the loop ran while the append waited
      other.exec('COMMIT');
      expect((await pending).nextExpectedRevision).toBe(0);
      expect(toThread).toHaveBeenCalledTimes(1);
    } finally {
      clearInterval(timer);
      other.close();
    }
  });

  it('sends lone appends to the thread while inline commits hold the event loop too long, probing now and then', async () => {
    const file = join(dataDir, 'events.sqlite');
    const thread = SqliteWriterThread.start(file, 5000, null);
    await thread.ready();
    const inlineDb = openSqliteFile(file, { busyTimeoutMs: 0 });
    // No time is short enough: after the first inline commit every lone append is "too slow".
    const writer = new SqliteAutoWriter(thread, new SqliteAppender(inlineDb, null), inlineDb, 0);
    const threadAppends = jest.spyOn(thread, 'append');
    try {
      for (let n = 0; n < 65; n++) await writer.append('action-2', [event(n)], { expectedRevision: n - 1 < 0 ? 'no_stream' : n - 1, recordedAt: AT });
      // The first ran inline (nothing measured yet), the next 63 on the thread, the 65th inline again as a probe.
      expect(threadAppends).toHaveBeenCalledTimes(63);
      expect((await store.readStream('action-2')).map((e) => e.revision)).toEqual(Array.from({ length: 65 }, (_, n) => n));
    } finally {
      await writer.close();
    }
  });
});
