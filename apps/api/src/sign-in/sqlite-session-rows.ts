import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRow, SessionRows } from './session-rows';

interface Stored {
  id_hash: string;
  claims: string;
  csrf_token: string;
  id_token: string | null;
  created_at: number;
  last_seen_at: number;
}

/**
 * Sessions in `${dataDir}/sessions.sqlite`: their own file, so deleting it signs everyone out and
 * nothing else. WAL and a busy timeout let two API instances on one data folder share it.
 */
export class SqliteSessionRows implements SessionRows {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'sessions.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        id_hash      TEXT PRIMARY KEY,
        claims       TEXT NOT NULL CHECK (json_valid(claims)),
        csrf_token   TEXT NOT NULL,
        id_token     TEXT,
        created_at   INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
    this.statements = {
      insert: this.db.prepare<[string, string, string, string | null, number, number]>(
        'INSERT INTO sessions (id_hash, claims, csrf_token, id_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      find: this.db.prepare<[string], Stored>('SELECT * FROM sessions WHERE id_hash = ?'),
      touch: this.db.prepare<[number, string]>('UPDATE sessions SET last_seen_at = max(last_seen_at, ?) WHERE id_hash = ?'),
      delete: this.db.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?'),
      deleteExpired: this.db.prepare<[number, number]>('DELETE FROM sessions WHERE created_at < ? OR last_seen_at < ?'),
    };
  }

  async insert(row: SessionRow): Promise<void> {
    this.statements.insert.run(row.idHash, JSON.stringify(row.claims), row.csrfToken, row.idToken, row.createdAt, row.lastSeenAt);
  }

  async find(idHash: string): Promise<SessionRow | null> {
    const stored = this.statements.find.get(idHash);
    if (!stored) return null;
    return {
      idHash: stored.id_hash,
      claims: JSON.parse(stored.claims) as Record<string, unknown>,
      csrfToken: stored.csrf_token,
      idToken: stored.id_token,
      createdAt: stored.created_at,
      lastSeenAt: stored.last_seen_at,
    };
  }

  async touch(idHash: string, lastSeenAt: number): Promise<void> {
    this.statements.touch.run(lastSeenAt, idHash);
  }

  async delete(idHash: string): Promise<void> {
    this.statements.delete.run(idHash);
  }

  async deleteExpired(createdBefore: number, seenBefore: number): Promise<void> {
    this.statements.deleteExpired.run(createdBefore, seenBefore);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
