import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendStreamState,
  BACKWARDS,
  END,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  type ReadPosition,
  type ResolvedEvent,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  streamNameFilter,
  UnsupportedError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendOptions,
  type AppendResult,
  CommandIdReusedError,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { buildMetadata } from '../shared/event-metadata';
import { chainMetadata } from '../shared/hash-chain';
import { type NormalisedEventFilter, matchesEventFilter, normaliseEventFilter } from '../shared/event-filter';
import { normaliseReadAll, normaliseStreamRead, validateAppend } from '../shared/validation';
import { WakeableDelay, reportSubscriptionError } from '../shared/subscription-wait';
import {
  type BackoffSettings,
  COMMAND_RECORDED,
  type CommandRecord,
  DEFAULT_RESUBSCRIBE_BACKOFF,
  decodeMetadata,
  encodeMetadata,
  exactStreamState,
  fromCurrentStreamState,
  isReservedStreamId,
  numberToPosition,
  parseCommandRecord,
  positionToNumber,
  resubscribeDelayMs,
  StreamNaming,
  toJsonEventInput,
  toSafeNumber,
  toStreamState,
} from './kurrentdb-mapping';
import { readBatches } from './read-batches';

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
}

type KurrentEvent = NonNullable<ResolvedEvent['event']>;

const MAX_EVENTS_PER_APPEND = 100_000;

/**
 * Event store on KurrentDB (or EventStoreDB 22.6+; idempotent appends need KurrentDB 25.1+).
 *
 * - Streams: our stream ids as-is (behind an optional prefix). Revisions are KurrentDB's.
 * - Positions: the commit position of each event in $all (unique per event for gRPC appends).
 * - Global log: $all filtered server-side to our streams (no `$` system streams, no command
 *   streams), with the same rule applied again client-side.
 * - Idempotency: an append with a commandId is one atomic multi-stream append that writes the
 *   events AND a `CommandRecorded` event to `saferplan-command-<commandId>` with expected state
 *   NO_STREAM. The server lets exactly one such append win, even across API instances; a loser
 *   reads the record and returns the original events (duplicate: true). Deterministic event ids
 *   (commandId + index) additionally let the server's own idempotency check see a retried write.
 *   Why not the event ids alone: the server does not tell a caller that its write was a replay, and
 *   its check is best-effort for expected revision `any`. Why not two separate appends: a crash
 *   between them would either burn the commandId or leave events without their record.
 *   To record the events' revisions in the command record, 'any' and 'stream_exists' are turned
 *   into the exact current revision, retried if another writer moves the stream on meanwhile.
 * - Subscriptions: the server's catch-up subscription to $all from the checkpoint; after a drop
 *   (leader change, network) it resubscribes from the last delivered position with exponential
 *   backoff, since the client does not resubscribe by itself.
 */
export class KurrentDbEventStore implements EventStore {
  private closed = false;
  private readonly naming: StreamNaming;
  private readonly batchSize: number;
  private readonly backoff: BackoffSettings;
  private readonly maxAppendAttempts: number;
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
      : this.appendOnce(streamId, events, metadata, options.expectedRevision, commandId);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { backwards, from, limit } = normaliseStreamRead(options);
    if (limit === 0) return [];
    const fromRevision =
      options?.fromRevision === undefined ? (backwards ? END : START) : BigInt(from);
    return this.readServerStream(this.naming.toServer(streamId), {
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
        const recorded = this.toRecorded(event);
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
      (event) => this.toRecorded(event),
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
    const found = await this.readCommand(commandId);
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
      const head = await this.streamHead(streamId);
      const translated = expected === 'any' || expected === 'stream_exists';
      if (expected === 'stream_exists' && head.revision < 0) throw new WrongExpectedRevisionError(streamId, expected, 'no_stream');
      const state = translated ? exactStreamState(head.revision) : toStreamState(expected);
      const firstRevision = typeof state === 'bigint' ? Number(state) + 1 : 0;
      const metadata = chainMetadata(streamId, firstRevision, events, unchained, head.revision === firstRevision - 1 ? head.hash : null);
      try {
        await this.client.appendToStream(
          this.naming.toServer(streamId),
          events.map((event, i) => jsonEvent(toJsonEventInput(event, metadata[i]))),
          { streamState: state },
        );
        return this.readAppended(streamId, firstRevision, metadata, false);
      } catch (error) {
        if (translated && error instanceof WrongExpectedVersionError) {
          if (attempt < this.maxAppendAttempts) continue;
          throw new Error(`append to ${streamId}: gave up after ${attempt} attempts under write contention`);
        }
        throw this.mapAppendError(error, streamId, expected);
      }
    }
  }

  /** With a commandId: events and command record in one atomic multi-stream append (KurrentDB 25.1+). */
  private async appendOnce(
    streamId: string,
    events: NewEvent[],
    unchained: EventMetadata[],
    expected: ExpectedRevision,
    commandId: string,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const earlier = await this.readCommand(commandId);
      if (earlier) return this.duplicateOf(commandId, streamId, earlier);

      const head = await this.streamHead(streamId);
      const current = head.revision;
      let state: AppendStreamState;
      if (expected === 'any') state = exactStreamState(current);
      else if (expected === 'stream_exists') {
        if (current < 0) throw new WrongExpectedRevisionError(streamId, expected, 'no_stream');
        state = exactStreamState(current);
      } else state = toStreamState(expected);
      const firstRevision = typeof state === 'bigint' ? Number(state) + 1 : 0;
      const metadata = chainMetadata(streamId, firstRevision, events, unchained, current === firstRevision - 1 ? head.hash : null);
      const record: CommandRecord = {
        streamId,
        firstRevision,
        lastRevision: firstRevision + events.length - 1,
        eventIds: metadata.map((m) => m.eventId),
      };

      try {
        await this.client.multiStreamAppend([
          {
            streamName: this.naming.toServer(streamId),
            expectedState: state,
            events: events.map((event, i) => jsonEvent(toJsonEventInput(event, metadata[i]))),
          },
          {
            streamName: this.naming.commandStream(commandId),
            expectedState: 'no_stream',
            // A fresh id: the record must never pass as a replay of another writer's record.
            events: [jsonEvent({ type: COMMAND_RECORDED, data: { ...record }, metadata: encodeMetadata({ ...metadata[0], eventId: '', schemaVersion: 1 }) })],
          },
        ]);
        return this.readAppended(streamId, firstRevision, metadata, false);
      } catch (error) {
        if (error instanceof UnsupportedError) {
          throw new Error(`KurrentDB ${error.minimumVersion} or later is needed for idempotent appends (commandId): ${error.message}`);
        }
        if (!(error instanceof WrongExpectedVersionError)) throw this.mapAppendError(error, streamId, expected);
        // Lost a race: to another append with this commandId (then it is a duplicate), or to another writer.
        const winner = await this.readCommand(commandId);
        if (winner) return this.duplicateOf(commandId, streamId, winner);
        const translated = expected === 'any' || expected === 'stream_exists';
        if (translated && attempt < this.maxAppendAttempts) continue;
        if (translated) throw new Error(`append to ${streamId}: gave up after ${attempt} attempts under write contention`);
        const actual =
          error.streamName === this.naming.toServer(streamId)
            ? fromCurrentStreamState(error.actualState)
            : fromCurrentStreamState(BigInt(await this.currentRevision(streamId)));
        throw new WrongExpectedRevisionError(streamId, expected, actual);
      }
    }
  }

  private duplicateOf(commandId: string, streamId: string, earlier: { record: CommandRecord; events: RecordedEvent[] }): AppendResult {
    if (earlier.record.streamId !== streamId) throw new CommandIdReusedError(commandId, earlier.record.streamId);
    return resultOf(earlier.events, true);
  }

  /** Reads back what an append wrote, so the caller gets positions and exactly what later reads return. */
  private async readAppended(streamId: string, firstRevision: number, metadata: EventMetadata[], duplicate: boolean): Promise<AppendResult> {
    const events = await this.readServerStream(this.naming.toServer(streamId), {
      direction: FORWARDS,
      fromRevision: BigInt(firstRevision),
      maxCount: metadata.length,
    });
    const ids = events.map((e) => e.metadata.eventId);
    if (ids.length !== metadata.length || ids.some((id, i) => id !== metadata[i].eventId)) {
      throw new Error(`append to ${streamId}: could not read back the events written at revision ${firstRevision}`);
    }
    return resultOf(events, duplicate);
  }

  private async readCommand(commandId: string): Promise<{ record: CommandRecord; events: RecordedEvent[] } | null> {
    let recordEvent: KurrentEvent | undefined;
    try {
      for await (const resolved of this.client.readStream(this.naming.commandStream(commandId), { maxCount: 1, requiresLeader: true })) {
        recordEvent = resolved.event;
      }
    } catch (error) {
      if (isMissingStream(error)) return null;
      throw error;
    }
    if (!recordEvent) return null;
    const record = parseCommandRecord(commandId, recordEvent.data);
    const events = await this.readServerStream(this.naming.toServer(record.streamId), {
      direction: FORWARDS,
      fromRevision: BigInt(record.firstRevision),
      maxCount: record.eventIds.length,
    });
    if (events.length !== record.eventIds.length || events.some((e, i) => e.metadata.eventId !== record.eventIds[i])) {
      throw new Error(`commandId ${commandId}: the events it recorded in ${record.streamId} are no longer there`);
    }
    return { record, events };
  }

  /** Last revision of one of our streams (-1 when it does not exist) and its hash, which the next event links to. */
  private async streamHead(streamId: string): Promise<{ revision: number; hash: string | null }> {
    const [last] = await this.readServerStream(this.naming.toServer(streamId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? { revision: last.revision, hash: last.metadata.hash ?? null } : { revision: -1, hash: null };
  }

  /** Last revision of one of our streams, -1 when it does not exist. */
  private async currentRevision(streamId: string): Promise<number> {
    return (await this.streamHead(streamId)).revision;
  }

  private mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
    if (error instanceof WrongExpectedVersionError) {
      return new WrongExpectedRevisionError(streamId, expected, fromCurrentStreamState(error.actualState));
    }
    return error;
  }

  // ---- reads ---------------------------------------------------------------------------------

  private async readServerStream(
    streamName: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof START | typeof END; maxCount?: number },
  ): Promise<RecordedEvent[]> {
    const result: RecordedEvent[] = [];
    try {
      // requiresLeader: read-your-writes, also on a cluster whose connection prefers followers.
      for await (const resolved of this.client.readStream(streamName, { ...options, requiresLeader: true })) {
        const recorded = resolved.event ? this.toRecorded(resolved.event) : null;
        if (recorded) result.push(recorded);
      }
    } catch (error) {
      if (isMissingStream(error)) return [];
      throw error;
    }
    return result;
  }

  private toRecorded(event: KurrentEvent): RecordedEvent | null {
    const streamId = this.naming.fromServer(event.streamId);
    if (streamId === null) return null;
    return {
      position: positionToNumber(event.position, `${event.streamId}@${event.revision}`),
      streamId,
      revision: toSafeNumber(event.revision, 'stream revision'),
      type: event.type,
      data: event.data,
      metadata: decodeMetadata(event.id, event.metadata, event.created),
    };
  }

  private filter() {
    return streamNameFilter({ regex: this.naming.eventStreamRegex() });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('KurrentDB event store is closed');
  }
}

function resultOf(events: RecordedEvent[], duplicate: boolean): AppendResult {
  const last = events[events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events, duplicate };
}

function isMissingStream(error: unknown): boolean {
  return error instanceof StreamNotFoundError || error instanceof StreamDeletedError;
}

/**
 * One live subscription: subscribe from the checkpoint, deliver what the server pushes in
 * batches (whatever is buffered, up to batchSize), await onEvents before the next batch, and
 * resubscribe from the last delivered position after a drop.
 */
class KurrentDbSubscription implements Subscription {
  private closed = false;
  private current: AllStreamSubscription | null = null;
  private readonly delay = new WakeableDelay();
  private readonly done: Promise<void>;

  constructor(
    private readonly open: (after: number) => AllStreamSubscription,
    private readonly toRecorded: (event: KurrentEvent) => RecordedEvent | null,
    private readonly options: SubscribeOptions & { after: number },
    private readonly batchSize: number,
    private readonly backoff: BackoffSettings,
    private readonly onClosed: (s: KurrentDbSubscription) => void,
  ) {
    this.done = this.run(options.after).finally(() => {
      this.closed = true;
      this.onClosed(this);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.delay.wake();
    const current = this.current;
    if (current) {
      await current.unsubscribe().catch(() => undefined);
      // A cancelled gRPC call does not end the piped stream: destroy it so the batch reader returns.
      current.destroy();
    }
    await this.done;
  }

  private async run(after: number): Promise<void> {
    let checkpoint = after;
    let failures = 0;
    while (!this.closed) {
      const subscription = this.open(checkpoint);
      this.current = subscription;
      // Errors after we stop listening (e.g. while cancelling) must not crash the process.
      subscription.on('error', () => undefined);
      try {
        for await (const batch of readBatches<AllStreamResolvedEvent>(subscription, this.batchSize)) {
          if (this.closed) return;
          const events: RecordedEvent[] = [];
          for (const resolved of batch) {
            if (!resolved.event) continue;
            const position = positionToNumber(resolved.event.position);
            if (position <= checkpoint) continue; // the server may include the checkpoint event itself
            const recorded = this.toRecorded(resolved.event);
            if (recorded) events.push(recorded);
          }
          if (events.length === 0) continue;
          try {
            await this.options.onEvents(events);
          } catch (error) {
            // A broken consumer: stop rather than redeliver forever; it resubscribes from its checkpoint.
            this.report(error);
            return;
          }
          checkpoint = events[events.length - 1].position;
          failures = 0;
        }
        if (this.closed) return;
        this.report(new Error('KurrentDB ended the $all subscription; resubscribing'));
      } catch (error) {
        if (this.closed) return;
        this.report(error);
      } finally {
        this.current = null;
        await subscription.unsubscribe().catch(() => undefined);
      }
      await this.sleep(resubscribeDelayMs(failures++, this.backoff));
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.delay.wait(ms);
  }

  private report(error: unknown): void {
    reportSubscriptionError(this.options, 'KurrentDB', error);
  }
}
