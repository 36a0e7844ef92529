import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type TamperFixture, describeAuditTamperContract } from '../contract/audit-tamper.contract';
import { describeMerkleTamperContract } from '../contract/merkle-tamper.contract';
import type { EventSigner } from '../audit/event-witness';
import { SqliteEventStore } from './sqlite-event-store';

async function sqliteTamperFixture(signer?: EventSigner): Promise<TamperFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-tamper-'));
  const store = await SqliteEventStore.open({ dataDir, signer });
  // A second connection, as an intruder with the file would have.
  const raw = (body: (db: Database.Database) => void) => {
    const db = new Database(join(dataDir, 'events.sqlite'));
    try {
      body(db);
    } finally {
      db.close();
    }
  };
  return {
    store,
    setData: async (streamId, revision, data) =>
      raw((db) => db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = ?').run(JSON.stringify(data), streamId, revision)),
    setMetadata: async (streamId, revision, metadata) =>
      raw((db) => db.prepare('UPDATE events SET metadata = ? WHERE stream_id = ? AND revision = ?').run(JSON.stringify(metadata), streamId, revision)),
    setRecordedAt: async (streamId, revision, recordedAt) =>
      raw((db) => db.prepare('UPDATE events SET recorded_at = ? WHERE stream_id = ? AND revision = ?').run(recordedAt.toISOString(), streamId, revision)),
    deleteEvent: async (streamId, revision) => raw((db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(streamId, revision)),
    swapRevisions: async (streamId, a, b) =>
      raw((db) =>
        db.transaction(() => {
          const move = db.prepare('UPDATE events SET revision = ? WHERE stream_id = ? AND revision = ?');
          move.run(-1, streamId, a);
          move.run(a, streamId, b);
          move.run(b, streamId, -1);
        })(),
      ),
    forger: (forgedSigner) => SqliteEventStore.open({ dataDir, signer: forgedSigner }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describeAuditTamperContract('SQLite', sqliteTamperFixture);
describeMerkleTamperContract('SQLite', sqliteTamperFixture);
