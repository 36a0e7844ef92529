import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../event-store.port';
import type { SqliteAutoWriter } from './sqlite-auto-writer';
import { SqliteEventStore } from './sqlite-event-store';

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
    const second = await store.append('action-1', [event(1)], { expectedRevision: 0, recordedAt: AT, commandId: 'c-1' });
    expect(toThread).not.toHaveBeenCalled();
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
    await store.append('action-1', [event(0)], { expectedRevision: 'no_stream', recordedAt: AT });
    await expect(store.append('action-1', [event(1)], { expectedRevision: 5, recordedAt: AT })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('action-1')).toHaveLength(1);
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
});
