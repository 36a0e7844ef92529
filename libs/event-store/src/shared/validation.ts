import type { AppendOptions, NewEvent, ReadAllOptions, ReadStreamOptions } from '../event-store.port';

/**
 * Rejects malformed appends before any adapter touches storage, so every adapter fails the same way.
 *
 * An empty `events` array is rejected rather than treated as "just check the expected revision":
 * such a call records nothing, so it would have no position to return and no commandId to remember,
 * and a caller that decided "nothing to do" should simply not append.
 */
export function validateAppend(streamId: string, events: NewEvent[], options: AppendOptions, maxEvents: number): void {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new Error('append: streamId must be a non-empty string');
  if (!Array.isArray(events) || events.length === 0) {
    throw new Error(`append to ${streamId}: events must be a non-empty array (an empty append records nothing)`);
  }
  if (events.length > maxEvents) throw new Error(`append to ${streamId}: at most ${maxEvents} events per append`);
  for (const [index, event] of events.entries()) {
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new Error(`append to ${streamId}: event ${index} needs a non-empty type`);
    }
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new Error(`append to ${streamId}: event ${index} (${event.type}) needs a positive integer schemaVersion`);
    }
    if (event.data === undefined) throw new Error(`append to ${streamId}: event ${index} (${event.type}) has no data`);
  }
  const expected = options.expectedRevision;
  if (
    expected !== 'any' &&
    expected !== 'no_stream' &&
    expected !== 'stream_exists' &&
    !(Number.isInteger(expected) && (expected as number) >= 0)
  ) {
    throw new Error(`append to ${streamId}: expectedRevision must be 'any', 'no_stream', 'stream_exists' or a revision >= 0`);
  }
  if (!(options.recordedAt instanceof Date) || Number.isNaN(options.recordedAt.getTime())) {
    throw new Error(`append to ${streamId}: recordedAt must be a valid Date`);
  }
  if (options.commandId != null && (typeof options.commandId !== 'string' || options.commandId.length === 0)) {
    throw new Error(`append to ${streamId}: commandId must be a non-empty string when given`);
  }
}

/** maxCount as a SQL LIMIT: undefined means no limit (null here). */
export function limitOf(maxCount: number | undefined): number | null {
  if (maxCount === undefined) return null;
  if (!Number.isInteger(maxCount) || maxCount < 0) throw new Error('maxCount must be an integer >= 0');
  return maxCount;
}

export interface NormalisedStreamRead {
  backwards: boolean;
  /** Inclusive revision bound: the lowest (forwards) or highest (backwards) revision to return. */
  from: number;
  limit: number | null;
}

export function normaliseStreamRead(options: ReadStreamOptions = {}): NormalisedStreamRead {
  const backwards = options.direction === 'backwards';
  if (options.direction !== undefined && options.direction !== 'forwards' && !backwards) {
    throw new Error(`direction must be 'forwards' or 'backwards'`);
  }
  const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  if (!Number.isInteger(from) || from < 0) throw new Error('fromRevision must be an integer >= 0');
  return { backwards, from, limit: limitOf(options.maxCount) };
}

export function normaliseReadAll(options: ReadAllOptions = {}): { after: number; limit: number | null } {
  const after = options.after ?? 0;
  if (!Number.isSafeInteger(after) || after < 0) throw new Error('after must be a position (an integer >= 0)');
  return { after, limit: limitOf(options.maxCount) };
}
