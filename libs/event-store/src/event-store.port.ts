/**
 * The one narrow interface every event-store adapter implements (embedded SQLite, PostgreSQL,
 * KurrentDB). Nothing outside an adapter knows how events are stored.
 *
 * Revisions are per stream and zero-based (the first event of a stream is revision 0, so a
 * stream's version, its event count, is revision + 1). Positions are global, strictly
 * increasing in commit order, and opaque to callers apart from ordering.
 */

/** `no_stream`: the stream must not exist; `stream_exists`: it must; a number: its last revision must be exactly that. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface NewEvent {
  type: string;
  data: unknown;
  /** Version of the event's data shape (see EVENT_SCHEMA_VERSIONS in the domain). */
  schemaVersion: number;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /** Idempotency key: a second append with the same commandId records nothing and returns the first result. */
  commandId?: string | null;
  /** Who acts: the stable subject (a token's `sub`). */
  actor?: string | null;
  /** Their display name at the time (a token's `name`), kept beside the subject for history. */
  actorName?: string | null;
  correlationId?: string | null;
  causationId?: string | null;
  /** When the events are recorded; the caller's clock, so tests and the demo can pin it. */
  recordedAt: Date;
}

export interface EventMetadata {
  eventId: string;
  actor: string | null;
  actorName: string | null;
  correlationId: string;
  causationId: string | null;
  commandId: string | null;
  recordedAt: string; // ISO-8601
  schemaVersion: number;
  /** Hash of the stream's previous event (null at revision 0); see shared/hash-chain.ts. */
  previousHash?: string | null;
  /** SHA-256 of this event chained to previousHash; absent on events recorded before hashing existed. */
  hash?: string;
  /**
   * Base64 Ed25519 signature of the appending server over `hash` (audit/event-witness.ts); absent
   * on events recorded before signing began. Not covered by `hash`, covered by the Merkle leaf.
   */
  witness?: string;
}

export interface RecordedEvent<Data = any> {
  position: number;
  streamId: string;
  revision: number;
  type: string;
  data: Data;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** Last revision of the stream after the append (or after the original append, for a duplicate). */
  nextExpectedRevision: number;
  /** Global position of the last event written. */
  position: number;
  events: RecordedEvent[];
  /** True when the commandId had been seen: nothing new was written, `events` are the originals. */
  duplicate: boolean;
}

/** One stream's share of an all-or-nothing append (see EventStore.appendAll). */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  options: AppendOptions;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

/** Narrows a read of the global log; every given condition must hold. maxCount counts matching events. */
export interface EventFilter {
  streamId?: string;
  /** Events of any of these streams (e.g. all the streams of one partnership). */
  streamIds?: readonly string[];
  /** Events of every stream whose id starts with this (e.g. `person-`: every person's stream). */
  streamPrefix?: string;
  type?: string;
  actor?: string;
  /** Inclusive bounds on metadata.recordedAt. */
  recordedFrom?: Date;
  recordedTo?: Date;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position greater than this. Omit (or 0) to read from the start. */
  after?: number;
  maxCount?: number;
  filter?: EventFilter;
}

export interface Subscription {
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: delivery starts with the first event after it. */
  after?: number;
  /** Called with batches in position order; the next batch waits until the promise settles. */
  onEvents(events: RecordedEvent[]): Promise<void> | void;
  onError?(error: Error): void;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /**
   * Several appends, in order, all or nothing: on SQLite and PostgreSQL in one transaction, so a
   * failure anywhere (a wrong expected revision, a store error) writes none of them. Appends may
   * share a stream; each sees the ones before it. A commandId already recorded fails the whole
   * batch (CommandAlreadyRecordedError, or CommandIdReusedError for another stream) instead of
   * answering a duplicate for part of it. KurrentDB cannot commit appends to many streams with
   * their command records in one step: see ADR 0010 for what it guarantees.
   */
  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** Events of one stream; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch up from the checkpoint, then deliver new events as they are committed. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** The events an earlier append with this commandId recorded, or null. */
  findCommand(commandId: string): Promise<RecordedEvent[] | null>;
  /** Position of the last committed event, 0 for an empty store. */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)} but found ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** A commandId already used for a different stream: a client bug, never silently accepted. */
export class CommandIdReusedError extends Error {
  constructor(
    readonly commandId: string,
    readonly streamId: string,
  ) {
    super(`commandId ${commandId} was already used for another stream (${streamId})`);
    this.name = 'CommandIdReusedError';
  }
}

/**
 * The store has no room left (SQLite: SQLITE_FULL; PostgreSQL: disk_full). Nothing of the append
 * was written; the same write succeeds once space is freed.
 */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('The server has run out of storage space, so nothing was recorded; try again once space has been freed', { cause });
    this.name = 'StorageFullError';
  }
}

/** In an all-or-nothing append, a commandId that was already recorded: nothing of the batch was written. */
export class CommandAlreadyRecordedError extends Error {
  constructor(readonly commandId: string) {
    super(`commandId ${commandId} was already recorded; nothing of this batch was written`);
    this.name = 'CommandAlreadyRecordedError';
  }
}
