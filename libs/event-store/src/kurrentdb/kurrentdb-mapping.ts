/**
 * Pure translation between our event-store port and KurrentDB's vocabulary. No I/O and no runtime
 * import of the client, so kurrentdb-mapping.spec.ts runs without a server.
 */
import type { AppendStreamState, CurrentStreamState, Position } from '@kurrent/kurrentdb-client';
import type { EventMetadata, ExpectedRevision, NewEvent } from '../event-store.port';

/**
 * Streams recording which append a commandId produced. Not `$`-prefixed: `$` streams are system
 * streams (admin-only ACLs, hidden from our filtered reads by a different rule). Reserved: our
 * adapter refuses appends to a stream id starting with this prefix.
 */
export const COMMAND_STREAM_PREFIX = 'saferplan-command-';
export const COMMAND_RECORDED = 'CommandRecorded';

/**
 * Where our streams live. `prefix` is '' in production (stream ids as-is); a test or a second
 * environment sharing one cluster passes a unique prefix and sees only its own streams.
 */
export class StreamNaming {
  constructor(readonly prefix = '') {
    if (prefix.startsWith('$')) throw new Error('KurrentDB stream prefix must not start with $ (system streams)');
  }

  toServer(streamId: string): string {
    return this.prefix + streamId;
  }

  commandStream(commandId: string): string {
    return this.prefix + COMMAND_STREAM_PREFIX + commandId;
  }

  /** Our stream id for a server stream name, or null when the stream is not one of our event streams. */
  fromServer(streamName: string): string | null {
    if (!streamName.startsWith(this.prefix)) return null;
    const streamId = streamName.slice(this.prefix.length);
    if (streamId.length === 0 || isReservedStreamId(streamId)) return null;
    return streamId;
  }

  /** Server-side filter for $all (a .NET regex on the stream name): our streams, minus system and command streams. */
  eventStreamRegex(): string {
    return `^${escapeRegex(this.prefix)}(?!\\$|${escapeRegex(COMMAND_STREAM_PREFIX)}).+`;
  }
}

export function isReservedStreamId(streamId: string): boolean {
  return streamId.startsWith('$') || streamId.startsWith(COMMAND_STREAM_PREFIX);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Our expectation as the client's append state. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return 'any';
    case 'no_stream':
      return 'no_stream';
    case 'stream_exists':
      return 'stream_exists';
    default:
      return BigInt(expected);
  }
}

/** The exact append state for a stream whose last revision is `current` (-1: no stream). */
export function exactStreamState(current: number): AppendStreamState {
  return current < 0 ? 'no_stream' : BigInt(current);
}

/** The server's view of a stream in a conflict: a revision, or 'no_stream' (also for deleted: -5, tombstoned: -6). */
export function fromCurrentStreamState(state: CurrentStreamState | AppendStreamState | undefined): number | 'no_stream' {
  if (typeof state !== 'bigint' || state < 0n) return 'no_stream';
  return toSafeNumber(state, 'stream revision');
}

/**
 * Our global position is the commit position. For events appended through gRPC (implicit
 * transactions) the server gives every event its own log position with commit == prepare, so it
 * is unique per event and strictly increasing in $all order.
 */
export function positionToNumber(position: Position | undefined, what = 'event'): number {
  if (!position) throw new Error(`KurrentDB returned no log position for ${what}; KurrentDB/EventStoreDB 22.6 or later is required`);
  return toSafeNumber(position.commit, 'commit position');
}

/** The log position of one of our events, to read or subscribe from. */
export function numberToPosition(position: number): Position {
  const value = BigInt(position);
  return { commit: value, prepare: value };
}

export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`KurrentDB ${what} ${value} exceeds Number.MAX_SAFE_INTEGER`);
  return Number(value);
}

/**
 * Event metadata as KurrentDB stores it: a flat object of strings (multi-stream appends accept
 * nothing else). `$correlationId` and `$causationId` are KurrentDB's own conventions, so the
 * server's `$by_correlation_id` projection works on our events. Nulls are left out.
 */
export type WireMetadata = Record<string, string>;

export function encodeMetadata(metadata: EventMetadata): WireMetadata {
  const wire: WireMetadata = {
    $correlationId: metadata.correlationId,
    recordedAt: metadata.recordedAt,
    schemaVersion: String(metadata.schemaVersion),
  };
  if (metadata.causationId !== null) wire.$causationId = metadata.causationId;
  if (metadata.actor !== null) wire.actor = metadata.actor;
  if (metadata.actorName !== null) wire.actorName = metadata.actorName;
  if (metadata.commandId !== null) wire.commandId = metadata.commandId;
  if (metadata.hash) wire.hash = metadata.hash;
  if (metadata.previousHash) wire.previousHash = metadata.previousHash;
  if (metadata.witness) wire.witness = metadata.witness;
  return wire;
}

/**
 * The inverse of encodeMetadata. The event id is the record's own id. Tolerant of events written
 * by other tools into our streams: missing fields fall back to the server's created time,
 * schema version 1 and nulls. Extra keys (the server adds `$schema.*` on multi-stream appends)
 * are ignored.
 */
export function decodeMetadata(eventId: string, raw: unknown, created: Date): EventMetadata {
  const wire = raw !== null && typeof raw === 'object' && !(raw instanceof Uint8Array) ? (raw as Record<string, unknown>) : {};
  const text = (key: string): string | null => (typeof wire[key] === 'string' ? (wire[key] as string) : null);
  const schemaVersion = Number(text('schemaVersion') ?? '1');
  const hash = text('hash');
  // Hash-chain fields only on events written since hashing: an older event reads back unhashed.
  const witness = text('witness');
  const chain = hash === null ? {} : { previousHash: text('previousHash'), hash, ...(witness === null ? {} : { witness }) };
  return {
    eventId,
    actor: text('actor'),
    actorName: text('actorName'),
    correlationId: text('$correlationId') ?? eventId,
    causationId: text('$causationId'),
    commandId: text('commandId'),
    recordedAt: text('recordedAt') ?? created.toISOString(),
    schemaVersion: Number.isInteger(schemaVersion) && schemaVersion > 0 ? schemaVersion : 1,
    ...chain,
  };
}

/**
 * The client's jsonEvent input for one of our events. The id comes from the metadata: derived
 * from commandId + index when the append carries a commandId (shared/event-metadata.ts), so a
 * retried write carries the same ids and the server's own idempotency check recognises it too.
 */
export function toJsonEventInput(event: NewEvent, metadata: EventMetadata) {
  // The client types JSON data as object | array | string; numbers, booleans and null serialise fine.
  return { id: metadata.eventId, type: event.type, data: event.data as Record<string, unknown>, metadata: encodeMetadata(metadata) };
}

/** What the command stream records: enough to find the original events again by revision. */
export interface CommandRecord {
  streamId: string;
  firstRevision: number;
  lastRevision: number;
  eventIds: string[];
}

export function parseCommandRecord(commandId: string, data: unknown): CommandRecord {
  const record = data as Partial<CommandRecord> | null;
  if (
    !record ||
    typeof record.streamId !== 'string' ||
    !Number.isInteger(record.firstRevision) ||
    !Number.isInteger(record.lastRevision) ||
    !Array.isArray(record.eventIds) ||
    record.eventIds.length !== record.lastRevision! - record.firstRevision! + 1
  ) {
    throw new Error(`KurrentDB command record for ${commandId} is malformed: ${JSON.stringify(data)}`);
  }
  return record as CommandRecord;
}

export interface BackoffSettings {
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESUBSCRIBE_BACKOFF: BackoffSettings = { initialDelayMs: 100, maxDelayMs: 10_000 };

/**
 * Delay before resubscription attempt `attempt` (0-based) after a dropped subscription:
 * exponential (initial * 2^attempt) capped at maxDelayMs, with "equal jitter" (a random point in
 * the upper half) so that many API instances do not reconnect in lockstep after a leader change.
 */
export function resubscribeDelayMs(
  attempt: number,
  settings: BackoffSettings = DEFAULT_RESUBSCRIBE_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponential = settings.initialDelayMs * 2 ** Math.min(Math.max(attempt, 0), 30);
  const capped = Math.min(exponential, settings.maxDelayMs);
  return Math.round(capped / 2 + (capped / 2) * random());
}
