import Database from 'better-sqlite3';

export interface SqliteFileSettings {
  /** How long a writer waits for another connection's write lock before failing. */
  busyTimeoutMs: number;
  /** Open an existing file for reading only: no journal change, and SQLite refuses any write. */
  readOnly?: boolean;
}

/**
 * One connection to the events file with the settings every connection of ours uses: the write
 * connection (on the writer thread or inline) and the request thread's reader alike.
 */
export function openSqliteFile(file: string, settings: SqliteFileSettings): Database.Database {
  const db = new Database(file, settings.readOnly ? { readonly: true, fileMustExist: true } : {});
  db.pragma(`busy_timeout = ${Math.trunc(settings.busyTimeoutMs)}`);
  if (!settings.readOnly) {
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives power loss, not only a process crash; events are the source of truth.
    db.pragma('synchronous = FULL');
  }
  // 32 MB of page cache instead of SQLite's 2 MB: at national scale (a million events) every
  // append touches index pages all over the file (stream and event-id indexes), and re-reading
  // them from the OS cost a third of a single writer's commits in a measurement.
  db.pragma('cache_size = -32768');
  return db;
}
