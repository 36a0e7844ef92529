import type Database from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order, each once. Append only: never edit a released
 * migration, add the next one. Runs under BEGIN IMMEDIATE so two processes opening the same
 * file at once (the API and a CLI) cannot both apply a step.
 */
const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'events and commands',
    sql: `
      CREATE TABLE events (
        position    INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a position is never reused
        stream_id   TEXT    NOT NULL,
        revision    INTEGER NOT NULL,
        event_id    TEXT    NOT NULL UNIQUE,
        type        TEXT    NOT NULL,
        data        TEXT    NOT NULL, -- JSON
        metadata    TEXT    NOT NULL, -- JSON EventMetadata
        recorded_at TEXT    NOT NULL, -- ISO-8601, duplicated from metadata for as-of queries
        UNIQUE (stream_id, revision)
      );
      CREATE TABLE commands (
        command_id     TEXT    PRIMARY KEY,
        stream_id      TEXT    NOT NULL,
        first_position INTEGER NOT NULL,
        last_position  INTEGER NOT NULL
      );
    `,
  },
];

export function migrateSqlite(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  db.transaction(() => {
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}

/** True when every migration has been applied to this file (read only: it changes nothing). */
export function isMigrated(db: Database.Database): boolean {
  try {
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
    return MIGRATIONS.every((migration) => applied.has(migration.version));
  } catch {
    return false; // no schema_migrations table yet
  }
}
