import {
  BACKWARDS,
  END,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  type ReadPosition,
  START,
  streamNameFilter,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendOptions,
  type AppendResult,
  CommandAlreadyRecordedError,
  CommandIdReusedError,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { buildMetadata } from '../shared/event-metadata';
import { assertExpectedRevision } from '../shared/expected-revision';
import { chainMetadata } from '../shared/hash-chain';
import type { EventSigner } from '../audit/event-witness';
import { type NormalisedEventFilter, matchesEventFilter, normaliseEventFilter } from '../shared/event-filter';
import { normaliseReadAll, normaliseStreamRead, validateAppend } from '../shared/validation';
import { KurrentDbCommandLedger } from './kurrentdb-command-ledger';
import {
  type BackoffSettings,
  DEFAULT_RESUBSCRIBE_BACKOFF,
  exactStreamState,
  isReservedStreamId,
  numberToPosition,
  positionToNumber,
  StreamNaming,
  toJsonEventInput,
  toStreamState,
} from './kurrentdb-mapping';
import { type KurrentEvent, KurrentDbStreams } from './kurrentdb-streams';
import { KurrentDbSubscription } from './kurrentdb-subscription';

export interface KurrentDbEventStoreOptions {
  /**
   * Prepended to every stream name on the server; '' (the default) keeps our stream ids as-is.
   * Lets several environments, or each contract test, share one cluster without seeing each other.
   */
  streamPrefix?: string;
  /** Events per subscription batch and per page of readAll (default 500). */
  batchSize?: number;
  /** Delay schedule for resubscribing after the server drops a subscription. */
  resubscribeBackoff?: BackoffSettings;
  /** How often an append translated to an exact revision retries when another writer got in first (default 20). */
  maxAppendAttempts?: number;
  /** Signs every event appended (audit/event-witness.ts); every server that writes passes one. */
  signer?: EventSigner | null;
}

const MAX_EVENTS_PER_APPEND = 100_000;

/**
 * Event store on KurrentDB (or EventStoreDB 22.6+; idempotent appends need KurrentDB 25.1+).
 *
 * - Streams: our stream ids as-is (behind an optional prefix). Revisions are KurrentDB's.
 * - Positions: the commit position of each event in $all (unique per event for gRPC appends).
 * - Global log: $all filtered server-side to our streams (no `$` system streams, no command
 *   streams), with the same rule applied again client-side.
 * - Idempotency (the command ledger, kurrentdb-command-ledger.ts): an append with a commandId
 *   is one atomic multi-stream append that writes the events AND a `CommandRecorded` event to
 *   `saferplan-command-<commandId>` with expected state NO_STREAM. The server lets exactly one
 *   such append win, even across API instances; a loser reads the record and returns the
 *   original events (duplicate: true). Deterministic event ids (commandId + index) additionally
 *   let the server's own idempotency check see a retried write.
 *   Why not the event ids alone: the server does not tell a caller that its write was a replay, and
 *   its check is best-effort for expected revision `any`. Why not two separate appends: a crash
 *   between them would either burn the commandId or leave events without their record.
 *   To record the events' revisions in the command record, 'any' and 'stream_exists' are turned
 *   into the exact current revision, retried if another writer moves the stream on meanwhile.
 * - Subscriptions (kurrentdb-subscription.ts): the server's catch-up subscription to $all from
 *   the checkpoint; after a drop (leader change, network) it resubscribes from the last delivered
 *   position with exponential backoff, since the client does not resubscribe by itself.
 */
export class KurrentDbEventStore implements EventStore {
  private closed = false;
  private readonly naming: StreamNaming;
  private readonly batchSize: number;
  private readonly backoff: BackoffSettings;
  private readonly maxAppendAttempts: number;
  private readonly streams: KurrentDbStreams;
  private readonly ledger: KurrentDbCommandLedger;
  private readonly signer: EventSigner | null;
  private readonly subscriptions = new Set<KurrentDbSubscription>();

  /** Connects lazily: the first call reaches the server. `kurrentdb://host:2113?tls=false` for a local node. */
  static async connect(connectionString: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.naming = new StreamNaming(options.streamPrefix ?? '');
    this.batchSize = options.batchSize ?? 500;
    this.backoff = options.resubscribeBackoff ?? DEFAULT_RESUBSCRIBE_BACKOFF;
    this.maxAppendAttempts = options.maxAppendAttempts ?? 20;
    this.streams = new KurrentDbStreams(client, this.naming);
    this.signer = options.signer ?? null;
    this.ledger = new KurrentDbCommandLedger(this.streams, this.maxAppendAttempts, this.signer);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    if (isReservedStreamId(streamId)) {
      throw new Error(`append to ${streamId}: stream ids starting with $ or saferplan-command- are reserved`);
    }
    const metadata = buildMetadata(events, options);
    const commandId = options.commandId ?? null;
    return commandId === null
      ? this.appendPlain(streamId, events, metadata, options.expectedRevision)
      : this.ledger.appendOnce(streamId, events, metadata, options.expectedRevision, commandId);
  }

  /**
   * NOT atomic across streams (ADR 0010): KurrentDB's multi-stream append could commit several
   * streams at once, but each of our appends also chains onto its stream's head and records its
   * commandId in a stream of its own, and appends that share a stream cannot be expressed in one
   * request. What it does guarantee: every commandId and expected revision is checked before the
   * first write, so a batch that was already (partly) recorded, or planned on stale streams,
   * writes nothing; only a concurrent writer or a server failure between two appends can leave
   * the batch partly written (a retry with the same commandIds then fails whole: CONFLICT).
   */
  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    for (const { streamId, events, options } of appends) validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    for (const { streamId, options } of appends) {
      if (options.commandId == null) continue;
      const earlier = await this.findCommand(options.commandId);
      if (!earlier) continue;
      if (earlier[0]?.streamId !== streamId) throw new CommandIdReusedError(options.commandId, earlier[0]?.streamId ?? '');
      throw new CommandAlreadyRecordedError(options.commandId);
    }
    const revisions = new Map<string, number>();
    for (const { streamId, events, options } of appends) {
      const current = revisions.get(streamId) ?? (await this.streams.head(streamId)).revision;
      assertExpectedRevision(streamId, options.expectedRevision, current);
      revisions.set(streamId, current + events.length);
    }
    const results: AppendResult[] = [];
    for (const { streamId, events, options } of appends) results.push(await this.append(streamId, events, options));
    return results;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { backwards, from, limit } = normaliseStreamRead(options);
    if (limit === 0) return [];
    const fromRevision =
      options?.fromRevision === undefined ? (backwards ? END : START) : BigInt(from);
    return this.streams.read(this.naming.toServer(streamId), {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision,
      maxCount: limit ?? undefined,
    });
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = normaliseReadAll(options);
    // Filtered on this side: the server's $all filters match stream names and types, not metadata.
    const filter = normaliseEventFilter(options?.filter);
    if (filter?.streamIds) return this.readNamedStreams(filter, after, limit);
    const wanted = limit ?? Number.POSITIVE_INFINITY;
    const result: RecordedEvent[] = [];
    let cursor = after;
    while (result.length < wanted) {
      // +1: reading from a position includes the event at it, which `after` excludes.
      const page = Math.min(this.batchSize, wanted - result.length) + 1;
      let seen = 0;
      const from: ReadPosition = cursor === 0 ? START : numberToPosition(cursor);
      for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: page, direction: FORWARDS, filter: this.filter() })) {
        seen++;
        const event = resolved.event;
        if (!event) continue;
        const position = positionToNumber(event.position, `${event.streamId}@${event.revision}`);
        if (position <= cursor) continue;
        cursor = position;
        const recorded = this.streams.toRecorded(event);
        if (recorded && matchesEventFilter(recorded, filter)) result.push(recorded);
        if (result.length >= wanted) break;
      }
      if (seen < page) break; // end of the log
    }
    return result;
  }

  /**
   * readAll of named streams: read each of them (all at once) instead of scanning $all, so the
   * cost grows with those streams, not the store; merged in global position order.
   */
  private async readNamedStreams(filter: NormalisedEventFilter, after: number, limit: number | null): Promise<RecordedEvent[]> {
    const streams = await Promise.all((filter.streamIds ?? []).map((streamId) => this.readStream(streamId)));
    const events = streams
      .flat()
      .filter((event) => event.position > after && matchesEventFilter(event, filter))
      .sort((a, b) => a.position - b.position);
    return limit === null ? events : events.slice(0, limit);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    if (typeof options.onEvents !== 'function') throw new Error('subscribeToAll: onEvents is required');
    const after = options.after ?? 0;
    if (!Number.isSafeInteger(after) || after < 0) throw new Error('subscribeToAll: after must be a position >= 0');
    const subscription = new KurrentDbSubscription(
      (from) =>
        this.client.subscribeToAll(
          { fromPosition: from === 0 ? START : numberToPosition(from), filter: this.filter() },
          { highWaterMark: this.batchSize },
        ),
      (event) => this.streams.toRecorded(event),
      { ...options, after },
      this.batchSize,
      this.backoff,
      (s) => this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async findCommand(commandId: string): Promise<RecordedEvent[] | null> {
    this.assertOpen();
    const found = await this.ledger.find(commandId);
    return found ? found.events : null;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    let from: ReadPosition = END;
    // Normally one event: the server filter already skips foreign streams. The loop only matters
    // if a server ignores the filter.
    for (;;) {
      let seen = 0;
      let last: KurrentEvent | null = null;
      for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: this.batchSize, direction: BACKWARDS, filter: this.filter() })) {
        seen++;
        if (!resolved.event) continue;
        last = resolved.event;
        if (this.naming.fromServer(last.streamId) !== null) return positionToNumber(last.position);
      }
      if (seen < this.batchSize || !last?.position) return 0;
      from = last.position;
    }
  }

  /** Ends every subscription (waiting for a running onEvents), then the client. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  // ---- appends -------------------------------------------------------------------------------

  /**
   * No commandId: one plain append; works on any supported server. The hash chain needs the
   * revision and hash of the stream's head before writing, so 'any' and 'stream_exists' are
   * pinned to the head just read and retried if another writer moves it first.
   */
  private async appendPlain(
    streamId: string,
    events: NewEvent[],
    unchained: EventMetadata[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const head = await this.streams.head(streamId);
      const translated = expected === 'any' || expected === 'stream_exists';
      if (expected === 'stream_exists' && head.revision < 0) throw new WrongExpectedRevisionError(streamId, expected, 'no_stream');
      const state = translated ? exactStreamState(head.revision) : toStreamState(expected);
      const firstRevision = typeof state === 'bigint' ? Number(state) + 1 : 0;
      const metadata = chainMetadata(streamId, firstRevision, events, unchained, head.revision === firstRevision - 1 ? head.hash : null, this.signer);
      try {
        await this.client.appendToStream(
          this.naming.toServer(streamId),
          events.map((event, i) => jsonEvent(toJsonEventInput(event, metadata[i]))),
          { streamState: state },
        );
        return this.streams.readAppended(streamId, firstRevision, metadata, false);
      } catch (error) {
        if (translated && error instanceof WrongExpectedVersionError) {
          if (attempt < this.maxAppendAttempts) continue;
          throw new Error(`append to ${streamId}: gave up after ${attempt} attempts under write contention`);
        }
        throw this.streams.mapAppendError(error, streamId, expected);
      }
    }
  }

  private filter() {
    return streamNameFilter({ regex: this.naming.eventStreamRegex() });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('KurrentDB event store is closed');
  }
}
