import { StorageFullError } from '../event-store.port';

/** SQLite's result codes and PostgreSQL's SQLSTATE for "no space left", and the OS's own. */
const FULL_CODES = new Set(['SQLITE_FULL', '53100', 'ENOSPC', 'EFBIG']);

/** The error as a StorageFullError when it says the disk is full; otherwise the error itself. */
export function asStorageFull(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FULL_CODES.has(code) ? new StorageFullError(error) : error;
}
