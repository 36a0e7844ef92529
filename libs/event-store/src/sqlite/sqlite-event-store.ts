import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { asStorageFull } from '../shared/storage-full';
import {
  type AppendOptions,
  type AppendResult,
  CommandAlreadyRecordedError,
  CommandIdReusedError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { buildMetadata, storedMetadata } from '../shared/event-metadata';
import { chainMetadata } from '../shared/hash-chain';
import type { EventSigner } from '../audit/event-witness';
import { normaliseEventFilter } from '../shared/event-filter';
import { assertExpectedRevision } from '../shared/expected-revision';
import { type PollingSettings, SubscriptionRegistry } from '../shared/polling-subscription';
import { normaliseReadAll, normaliseStreamRead, validateAppend } from '../shared/validation';
import { SqliteEventReads } from './sqlite-event-reads';
import { SqliteGroupCommit } from './sqlite-group-commit';
import { migrateSqlite } from './sqlite-migrations';

export interface SqliteEventStoreOptions {
  /** Directory holding `events.sqlite`; created when missing. */
  dataDir: string;
  /** How often live subscriptions look for writes made by other processes (default 250 ms). */
  pollIntervalMs?: number;
  /** Events per read while a subscription catches up (default 1000). */
  batchSize?: number;
  /** How long a writer waits for another process's write lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Signs every event appended (audit/event-witness.ts); every server that writes passes one. */
  signer?: EventSigner | null;
  /**
   * Open an existing file for reading only (a heavy-read worker's own connection): no migration,
   * no journal change, and SQLite refuses any write through it.
   */
  readOnly?: boolean;
}

interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

const MAX_EVENTS_PER_APPEND = 100_000;
const COLUMNS = 'position, stream_id, revision, type, data, metadata, recorded_at';

/**
 * The embedded default: one file, zero set-up. SQLite lets one writer in at a time, so commit
 * order is insert order and AUTOINCREMENT positions are safe for catch-up readers as they are.
 * Every append runs in a BEGIN IMMEDIATE transaction (shared by the appends that arrive in the same
 * event-loop turn: see SqliteGroupCommit), which takes the write lock before reading,
 * so the expected-revision and commandId checks cannot race another connection or process; the
 * UNIQUE constraints stay as the last line of defence.
 */
export class SqliteEventStore implements EventStore {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly subscriptions: SubscriptionRegistry;
  private closed = false;
  private readonly statements;
  private readonly appendTransaction;
  private readonly appendAllTransaction;
  private readonly groupCommit: SqliteGroupCommit;
  private readonly reads: SqliteEventReads;

  static async open(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
    return new SqliteEventStore(options);
  }

  constructor(options: SqliteEventStoreOptions) {
    if (!options.readOnly) mkdirSync(options.dataDir, { recursive: true });
    this.file = join(options.dataDir, 'events.sqlite');
    this.db = new Database(this.file, options.readOnly ? { readonly: true, fileMustExist: true } : {});
    this.db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    if (!options.readOnly) {
      this.db.pragma('journal_mode = WAL');
      // FULL: a commit survives power loss, not only a process crash; events are the source of truth.
      this.db.pragma('synchronous = FULL');
    }
    // 32 MB of page cache instead of SQLite's 2 MB: at national scale (a million events) every
    // append touches index pages all over the file (stream and event-id indexes), and re-reading
    // them from the OS cost a third of a single writer's commits in a measurement.
    this.db.pragma('cache_size = -32768');
    if (!options.readOnly) migrateSqlite(this.db);

    const settings: PollingSettings = { batchSize: options.batchSize ?? 1000, pollIntervalMs: options.pollIntervalMs ?? 250 };
    this.subscriptions = new SubscriptionRegistry(settings);
    const columns = COLUMNS;
    const signer = options.signer ?? null;
    this.statements = {
      streamRevision: this.db.prepare<[string], { revision: number | null }>(
        'SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?',
      ),
      lastHash: this.db.prepare<[string, number], { hash: string | null }>(
        "SELECT json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? AND revision = ?",
      ),
      command: this.db.prepare<[string], { stream_id: string; first_position: number; last_position: number }>(
        'SELECT stream_id, first_position, last_position FROM commands WHERE command_id = ?',
      ),
      insertEvent: this.db.prepare(
        `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at)
         VALUES (@streamId, @revision, @eventId, @type, @data, @metadata, @recordedAt)`,
      ),
      insertCommand: this.db.prepare(
        'INSERT INTO commands (command_id, stream_id, first_position, last_position) VALUES (?, ?, ?, ?)',
      ),
      range: this.db.prepare<[number, number], EventRow>(
        `SELECT ${columns} FROM events WHERE position BETWEEN ? AND ? ORDER BY position`,
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events'),
    };
    this.appendTransaction = this.db.transaction(
      (streamId: string, events: NewEvent[], options: AppendOptions): AppendResult => {
        const commandId = options.commandId ?? null;
        if (commandId !== null) {
          const earlier = this.statements.command.get(commandId);
          if (earlier) {
            if (earlier.stream_id !== streamId) throw new CommandIdReusedError(commandId, earlier.stream_id);
            return duplicateResult(this.statements.range.all(earlier.first_position, earlier.last_position).map(toRecorded));
          }
        }
        const current = this.statements.streamRevision.get(streamId)?.revision ?? -1;
        assertExpectedRevision(streamId, options.expectedRevision, current);
        const previousHash = current < 0 ? null : (this.statements.lastHash.get(streamId, current)?.hash ?? null);
        const metadata = chainMetadata(streamId, current + 1, events, buildMetadata(events, options), previousHash, signer);
        const recorded = events.map((event, index) => {
          const revision = current + 1 + index;
          const info = this.statements.insertEvent.run({
            streamId,
            revision,
            eventId: metadata[index].eventId,
            type: event.type,
            data: JSON.stringify(event.data),
            metadata: JSON.stringify(metadata[index]),
            recordedAt: metadata[index].recordedAt,
          });
          // Read the data back through JSON so the caller sees exactly what a later read returns.
          return recordedEvent(Number(info.lastInsertRowid), streamId, revision, event.type, JSON.parse(JSON.stringify(event.data)), metadata[index]);
        });
        const last = recorded[recorded.length - 1];
        if (commandId !== null) this.statements.insertCommand.run(commandId, streamId, recorded[0].position, last.position);
        return { nextExpectedRevision: last.revision, position: last.position, events: recorded, duplicate: false };
      },
    );
    // Nested inside the group commit's transaction: a SAVEPOINT around the whole batch, so any
    // append of it failing rolls back every one, and fails only this caller.
    this.appendAllTransaction = this.db.transaction((appends: readonly StreamAppend[]): AppendResult[] =>
      appends.map(({ streamId, events, options }) => {
        const result = this.appendTransaction(streamId, events, options);
        if (result.duplicate) throw new CommandAlreadyRecordedError(options.commandId!);
        return result;
      }),
    );
    this.groupCommit = new SqliteGroupCommit(this.db);
    this.reads = new SqliteEventReads(this.db);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    const result = await this.groupCommit.submit(() => this.appendTransaction(streamId, events, options)).catch((error: unknown) => {
      throw asStorageFull(error);
    });
    if (!result.duplicate) this.subscriptions.wakeAll();
    return result;
  }

  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    for (const { streamId, events, options } of appends) validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    if (appends.length === 0) return [];
    const results = await this.groupCommit.submit(() => this.appendAllTransaction(appends));
    this.subscriptions.wakeAll();
    return results;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { backwards, from, limit } = normaliseStreamRead(options);
    return this.reads.stream(streamId, backwards, from, limit);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { after, limit } = normaliseReadAll(options);
    return this.reads.all(after, limit, normaliseEventFilter(options?.filter));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    return this.subscriptions.open((after, maxCount) => this.readAll({ after, maxCount }), options);
  }

  async findCommand(commandId: string): Promise<RecordedEvent[] | null> {
    this.assertOpen();
    const command = this.statements.command.get(commandId);
    return command ? this.reads.range(command.first_position, command.last_position) : null;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.head.get()?.head ?? 0;
  }

  /** Stops every subscription (waiting for a running onEvents), then closes the file. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends already accepted are committed, not dropped.
    this.groupCommit.flush();
    await this.subscriptions.closeAll();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.file} is closed`);
  }
}

function duplicateResult(events: RecordedEvent[]): AppendResult {
  const last = events[events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events, duplicate: true };
}

function toRecorded(row: EventRow): RecordedEvent {
  return recordedEvent(row.position, row.stream_id, row.revision, row.type, JSON.parse(row.data), storedMetadata(JSON.parse(row.metadata), row.recorded_at));
}

function recordedEvent(
  position: number,
  streamId: string,
  revision: number,
  type: string,
  data: unknown,
  metadata: EventMetadata,
): RecordedEvent {
  return { position, streamId, revision, type, data, metadata };
}
