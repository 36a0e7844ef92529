import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore, SqliteEventStore } from './index';

describe('openEventStore', () => {
  it('opens the embedded SQLite store in the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-open-'));
    const store = await openEventStore({ kind: 'sqlite', dataDir });
    try {
      expect(store).toBeInstanceOf(SqliteEventStore);
      expect((store as SqliteEventStore).file).toBe(join(dataDir, 'events.sqlite'));
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names an unknown kind in its error', async () => {
    await expect(openEventStore({ kind: 'mongo' } as never)).rejects.toThrow('Unknown event store kind: mongo');
  });
});
