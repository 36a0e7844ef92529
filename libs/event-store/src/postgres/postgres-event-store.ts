import type { Pool } from 'pg';
import {
  type AppendOptions,
  type AppendResult,
  CommandAlreadyRecordedError,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';
import { SubscriptionRegistry } from '../shared/polling-subscription';
import { asStorageFull } from '../shared/storage-full';
import { normaliseEventFilter } from '../shared/event-filter';
import { normaliseReadAll, normaliseStreamRead, validateAppend } from '../shared/validation';
import {
  appendFromHead,
  appendInTransaction,
  duplicateResult,
  findCommandEvents,
  headAfter,
  meetsExpectation,
  NO_STREAM_HEAD,
  readStreamHead,
  type StreamHead,
} from './postgres-append';
import { readLogEvents, readStreamEvents } from './postgres-event-reads';
import { MAX_EVENTS_PER_APPEND, migratePostgres, POSITION_SHIFT, type Tables, tablesFor } from './postgres-schema';
import { readSettledHorizon } from './postgres-appenders';
import { inTransaction, openPool } from './postgres-pool';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Schema holding the tables; created and migrated on connect (default `saferplan`). */
  schema?: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How often live subscriptions look for commits by other instances (default 250 ms). */
  pollIntervalMs?: number;
  /** Events per read while a subscription catches up (default 1000). */
  batchSize?: number;
  /** Signs every event appended (audit/event-witness.ts); every server that writes passes one. */
  signer?: EventSigner | null;
}

const UNIQUE_VIOLATION = '23505';

/**
 * One-round-trip attempts of an append before it falls back to a transaction that holds the
 * stream's lock between attempts: enough for a moment's race, and bounded on a hot stream.
 */
const AUTOCOMMIT_ATTEMPTS = 3;

/**
 * PostgreSQL adapter: several API instances can share one database. How global positions stay
 * safe for catch-up readers is explained in postgres-schema.ts and postgres-appenders.ts; in
 * short, readAll, headPosition and subscriptions only see appends that can no longer be
 * overtaken by another of our appends (transactions elsewhere on the server do not count), while readStream and
 * findCommand see every committed event at once (read-your-writes for the write side).
 */
export class PostgresEventStore implements EventStore {
  private readonly subscriptions: SubscriptionRegistry;
  private readonly heads = new StreamHeads();
  private readonly signer: EventSigner | null;
  private closed = false;

  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = options.schema ?? 'saferplan';
    const tables = tablesFor(schema);
    const migrate = (pool: Pool) => migratePostgres(pool, schema);
    const pool = await openPool({ connectionString: options.connectionString, max: options.poolSize ?? 10, owner: 'event-store' }, migrate);
    return new PostgresEventStore(pool, tables, options);
  }

  private constructor(
    private readonly pool: Pool,
    readonly tables: Tables,
    options: PostgresEventStoreOptions,
  ) {
    this.subscriptions = new SubscriptionRegistry({ batchSize: options.batchSize ?? 1000, pollIntervalMs: options.pollIntervalMs ?? 250 });
    this.signer = options.signer ?? null;
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    let result: AppendResult;
    try {
      const start = await this.guessHead(streamId, options);
      const outcome = await appendFromHead(this.pool, this.tables, streamId, events, options, start, AUTOCOMMIT_ATTEMPTS, this.signer);
      result =
        'events' in outcome
          ? outcome
          : await inTransaction(this.pool, (client) => appendInTransaction(client, this.tables, streamId, events, options, outcome, this.signer));
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw asStorageFull(error);
      result = await this.resolveConflict(streamId, options);
    }
    if (!result.duplicate) {
      this.heads.remember(streamId, headAfter(result.events));
      this.subscriptions.wakeAll();
    }
    return result;
  }

  /**
   * Every append in one transaction: each takes its stream's row lock and appends under it, and
   * the locks are held to COMMIT, so a failure anywhere rolls back all of them. Round trips: one
   * or two per append, plus BEGIN and COMMIT.
   */
  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    for (const { streamId, events, options } of appends) validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    if (appends.length === 0) return [];
    let results: AppendResult[];
    try {
      results = await inTransaction(this.pool, async (client) => {
        const written: AppendResult[] = [];
        for (const { streamId, events, options } of appends) {
          const result = await appendInTransaction(client, this.tables, streamId, events, options, undefined, this.signer);
          if (result.duplicate) throw new CommandAlreadyRecordedError(options.commandId!);
          written.push(result);
        }
        return written;
      });
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // Another transaction committed one of the batch's commandIds (or revisions) first.
      for (const { options } of appends) {
        if (options.commandId != null && (await findCommandEvents(this.pool, this.tables, options.commandId))) throw new CommandAlreadyRecordedError(options.commandId);
      }
      throw error;
    }
    appends.forEach(({ streamId }, index) => this.heads.remember(streamId, headAfter(results[index].events)));
    this.subscriptions.wakeAll();
    return results;
  }

  /**
   * The head an append starts from, without a round trip when it can: a new stream's, or the
   * last one this instance wrote or read if it meets the expectation (the usual load, decide,
   * append with that revision). Otherwise the committed head, read. A wrong guess costs one more
   * round trip, never correctness: append_events checks it under the stream's lock.
   */
  private async guessHead(streamId: string, options: AppendOptions): Promise<StreamHead> {
    const known = this.heads.get(streamId);
    if (known && meetsExpectation(streamId, options.expectedRevision, known.revision)) return known;
    if (options.expectedRevision === 'no_stream') return NO_STREAM_HEAD;
    return readStreamHead(this.pool, this.tables, streamId);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const read = normaliseStreamRead(options);
    const events = await readStreamEvents(this.pool, this.tables, streamId, read);
    if (events.length > 0) this.heads.remember(streamId, headAfter(read.backwards ? events.slice(0, 1) : events));
    return events;
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = normaliseReadAll(options);
    const filter = normaliseEventFilter(options?.filter);
    const bound = await this.settledBound();
    return readLogEvents(this.pool, this.tables, { after, limit, bound, filter });
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    return this.subscriptions.open((after, maxCount) => this.readAll({ after, maxCount }), options);
  }

  async findCommand(commandId: string): Promise<RecordedEvent[] | null> {
    this.assertOpen();
    return (await findCommandEvents(this.pool, this.tables, commandId))?.events ?? null;
  }

  /** The last position a global reader can see now (see readAll), 0 for an empty store. */
  async headPosition(): Promise<number> {
    this.assertOpen();
    const bound = await this.settledBound();
    const { rows } = await this.pool.query<{ head: string | null }>(
      `SELECT MAX(position) AS head FROM ${this.tables.events} WHERE position < $1`,
      [bound],
    );
    return Number(rows[0].head ?? 0);
  }

  /**
   * Positions below this are settled: no append of ours can still commit one. Its own statement,
   * before the read's, so the read's snapshot is the later one (postgres-appenders.ts).
   */
  private async settledBound(): Promise<number> {
    return (await readSettledHorizon(this.pool, this.tables)) * POSITION_SHIFT;
  }

  /** Stops every subscription (waiting for a running onEvents), then ends the pool. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.closeAll();
    await this.pool.end();
  }

  /**
   * A unique violation means another transaction won a race the row lock could not order:
   * the same commandId committed first (possibly on another stream), or, as a backstop, the
   * same revision. Report what is true now that it has committed.
   */
  private async resolveConflict(streamId: string, options: AppendOptions): Promise<AppendResult> {
    if (options.commandId != null) {
      const earlier = await findCommandEvents(this.pool, this.tables, options.commandId);
      if (earlier) return duplicateResult(options.commandId, streamId, earlier);
    }
    const { rows } = await this.pool.query<{ revision: number }>(
      `SELECT revision FROM ${this.tables.streams} WHERE stream_id = $1`,
      [streamId],
    );
    const actual = rows.length === 0 || rows[0].revision < 0 ? 'no_stream' : rows[0].revision;
    throw new WrongExpectedRevisionError(streamId, options.expectedRevision, actual);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store (PostgreSQL schema ${this.tables.schema}) is closed`);
  }
}

/**
 * The newest head this instance has seen per stream, for guessing where the next append chains
 * on. Only ever a guess (other instances append too), so it may be stale but never unsafe.
 * Bounded: the least recently remembered streams are forgotten first.
 */
class StreamHeads {
  private static readonly MAX_STREAMS = 10_000;
  private readonly heads = new Map<string, StreamHead>();

  get(streamId: string): StreamHead | undefined {
    return this.heads.get(streamId);
  }

  /** Keeps the higher revision: a stream only grows, so an older head is never news. */
  remember(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (known && known.revision > head.revision) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > StreamHeads.MAX_STREAMS) this.heads.delete(this.heads.keys().next().value!);
  }
}
