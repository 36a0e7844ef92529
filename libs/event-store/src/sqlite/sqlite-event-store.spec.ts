import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeEventStoreContract, waitUntil } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { SqliteEventStore } from './sqlite-event-store';

const AT = new Date('2018-09-04T10:00:00Z');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'saferplan-events-'));
}

describeEventStoreContract('SQLite', async () => {
  const dataDir = join(tempDir(), 'nested', 'data'); // also proves the directory is created
  return {
    store: await SqliteEventStore.open({ dataDir }),
    reopen: () => SqliteEventStore.open({ dataDir }),
    cleanup: async () => rmSync(join(dataDir, '..', '..'), { recursive: true, force: true }),
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
    // synchronous is per connection: read it from the store's own handle.
    expect((store as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true })).toBe(2);
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
