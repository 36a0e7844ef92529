import { createHash, randomUUID } from 'node:crypto';
import type { AppendOptions, EventMetadata, NewEvent } from '../event-store.port';

// Fixed namespace for SaferPlan event ids. Never change it: ids derived from a commandId must
// stay the same forever so that a store which dedupes by event id (KurrentDB) sees a retry,
// even one replayed from another store during a migration, as the same event.
const EVENT_ID_NAMESPACE = '4f8c2d0e-7a3b-5c1d-9e6f-2b8a4c6d0e1f';

/** RFC 4122 version-5 (SHA-1, name-based) UUID. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The event id of the index-th event of the append carrying this commandId: the same on every retry. */
export function deterministicEventId(commandId: string, index: number): string {
  return uuidV5(`${commandId}/${index}`, EVENT_ID_NAMESPACE);
}

/**
 * Stored metadata as read back: fields added after an event was written default to null. A store
 * that keeps the recorded time in a column of its own (queried by as-of reads and date filters)
 * passes that column: it replaces the copy inside the metadata, so the event's hash covers the
 * value the queries actually read and an edit of the column breaks the chain.
 *
 * `stored` must be the reader's own freshly parsed object: it is completed in place and returned,
 * not copied (a rebuild reads every event of the log through here). Keys keep the order a copy
 * would have given them.
 */
export function storedMetadata(
  stored: Partial<EventMetadata> & Omit<EventMetadata, 'actorName'>,
  recordedAtColumn?: string | Date | number,
): EventMetadata {
  stored.actorName ??= null;
  if (recordedAtColumn !== undefined) stored.recordedAt = recordedAtText(recordedAtColumn);
  return stored as EventMetadata;
}

/** The column as toISOString text; a number is milliseconds since the epoch (postgres-event-reads.ts). */
function recordedAtText(column: string | Date | number): string {
  if (typeof column === 'string') return column;
  if (typeof column === 'number') return recordedAtText(new Date(column));
  // An invalid date (a column edited to garbage) reads as text that can never match the hash.
  return Number.isNaN(column.getTime()) ? String(column) : column.toISOString();
}

/** Metadata for each event of one append; every adapter stores exactly this. */
export function buildMetadata(events: NewEvent[], options: AppendOptions): EventMetadata[] {
  const commandId = options.commandId ?? null;
  // One correlation id for the whole append, so the events of one command can be found together.
  const correlationId = options.correlationId ?? commandId ?? randomUUID();
  const recordedAt = options.recordedAt.toISOString();
  return events.map((event, index) => ({
    eventId: commandId === null ? randomUUID() : deterministicEventId(commandId, index),
    actor: options.actor ?? null,
    actorName: options.actorName ?? null,
    correlationId,
    causationId: options.causationId ?? null,
    commandId,
    recordedAt,
    schemaVersion: event.schemaVersion,
  }));
}
