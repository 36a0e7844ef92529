import type { EventFilter, RecordedEvent } from '../event-store.port';

/** A filter checked once: recordedAt bounds as ISO strings (the form every store keeps), empty fields dropped. */
export interface NormalisedEventFilter {
  streamId: string | null;
  streamIds: readonly string[] | null;
  streamPrefix: string | null;
  type: string | null;
  actor: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
}

export function normaliseEventFilter(filter: EventFilter | undefined): NormalisedEventFilter | null {
  if (!filter) return null;
  const iso = (name: string, value: Date | undefined): string | null => {
    if (value === undefined) return null;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`filter.${name} must be a valid Date`);
    return value.toISOString();
  };
  if (filter.streamIds !== undefined && (!Array.isArray(filter.streamIds) || filter.streamIds.some((id) => typeof id !== 'string'))) {
    throw new Error('filter.streamIds must be an array of stream ids');
  }
  if (filter.streamPrefix !== undefined && (typeof filter.streamPrefix !== 'string' || filter.streamPrefix === '')) {
    throw new Error('filter.streamPrefix must be a non-empty string');
  }
  return {
    streamId: filter.streamId ?? null,
    streamIds: filter.streamIds ?? null,
    streamPrefix: filter.streamPrefix ?? null,
    type: filter.type ?? null,
    actor: filter.actor ?? null,
    recordedFrom: iso('recordedFrom', filter.recordedFrom),
    recordedTo: iso('recordedTo', filter.recordedTo),
  };
}

/** The filter as a predicate, for stores that cannot filter on the server (KurrentDB). */
export function matchesEventFilter(event: RecordedEvent, filter: NormalisedEventFilter | null): boolean {
  if (!filter) return true;
  // Compare instants, not strings: a foreign writer's recordedAt need not be in toISOString form.
  const at = Date.parse(event.metadata.recordedAt);
  return (
    (filter.streamId === null || event.streamId === filter.streamId) &&
    (filter.streamIds === null || filter.streamIds.includes(event.streamId)) &&
    (filter.streamPrefix === null || event.streamId.startsWith(filter.streamPrefix)) &&
    (filter.type === null || event.type === filter.type) &&
    (filter.actor === null || event.metadata.actor === filter.actor) &&
    (filter.recordedFrom === null || at >= Date.parse(filter.recordedFrom)) &&
    (filter.recordedTo === null || at <= Date.parse(filter.recordedTo))
  );
}

/**
 * The least string above every string starting with `prefix`, for a range on an index ordered
 * by code unit (SQLite's BINARY collation, PostgreSQL's COLLATE "C"): prefix <= id < this.
 */
export function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
