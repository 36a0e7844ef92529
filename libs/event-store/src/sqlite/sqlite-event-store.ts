import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { asStorageFull } from '../shared/storage-full';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';
import { normaliseEventFilter } from '../shared/event-filter';
import { type PollingSettings, SubscriptionRegistry } from '../shared/polling-subscription';
import { normaliseReadAll, normaliseStreamRead, validateAppend } from '../shared/validation';
import { SqliteAppender, type SqliteWriter } from './sqlite-appender';
import { SqliteEventReads } from './sqlite-event-reads';
import { openSqliteFile } from './sqlite-file';
import { isMigrated, migrateSqlite } from './sqlite-migrations';
import { SqliteAutoWriter } from './sqlite-auto-writer';
import { SqliteWriterThread } from './sqlite-writer-thread';

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
   * no journal change, no writer, and SQLite refuses any write through it.
   */
  readOnly?: boolean;
  /**
   * Where appends run: `auto` (the default, docs/adr/0028) on the writer thread, except an append
   * arriving alone while the thread is idle, which commits at once on the caller's thread;
   * `thread` always on the writer thread (docs/adr/0025), so the fsynced COMMIT never blocks the
   * caller's event loop; `inline` always on the caller's thread. All three run the same
   * SqliteAppender; the last two are kept for comparison in the bench.
   */
  writer?: 'auto' | 'thread' | 'inline';
}

const MAX_EVENTS_PER_APPEND = 100_000;

/**
 * The embedded default: one file, zero set-up. SQLite lets one writer in at a time, so commit
 * order is insert order and AUTOINCREMENT positions are safe for catch-up readers as they are.
 * Appends go to a SqliteWriter (by default a thread of its own: SqliteWriterThread), which
 * answers only after COMMIT; reads use this thread's connection, which in WAL mode sees every
 * committed transaction from the next statement on, so a read after an acknowledged append sees it.
 */
export class SqliteEventStore implements EventStore {
  readonly file: string;
  private readonly subscriptions: SubscriptionRegistry;
  private closed = false;
  private readonly statements;
  private readonly reads: SqliteEventReads;

  static async open(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
    const file = join(options.dataDir, 'events.sqlite');
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    if (options.readOnly) return new SqliteEventStore(options, openSqliteFile(file, { busyTimeoutMs, readOnly: true }), null);
    mkdirSync(options.dataDir, { recursive: true });
    const signer = options.signer ?? null;
    if (options.writer === 'inline') {
      const db = openSqliteFile(file, { busyTimeoutMs });
      migrateSqlite(db);
      return new SqliteEventStore(options, db, new SqliteAppender(db, signer));
    }
    const thread = SqliteWriterThread.start(file, busyTimeoutMs, signer);
    // The caller's own write connection never waits for the lock: it is used only when the lock is free.
    const withFastPath = (): SqliteWriter => {
      if (options.writer === 'thread') return thread;
      const inlineDb = openSqliteFile(file, { busyTimeoutMs: 0 });
      return new SqliteAutoWriter(thread, new SqliteAppender(inlineDb, signer), inlineDb);
    };
    try {
      // A file already at the latest schema (every restart) is read at once while the thread
      // starts, so start-up does not wait for it (appends do); otherwise the thread creates and
      // migrates the file before this thread's reader opens it.
      const existing = existsSync(file) ? openSqliteFile(file, { busyTimeoutMs }) : null;
      if (existing && isMigrated(existing)) return new SqliteEventStore(options, existing, withFastPath());
      existing?.close();
      await thread.ready();
      return new SqliteEventStore(options, openSqliteFile(file, { busyTimeoutMs }), withFastPath());
    } catch (error) {
      await thread.close(); // a store that failed to open leaves no thread behind
      throw error;
    }
  }

  private constructor(
    options: SqliteEventStoreOptions,
    private readonly db: Database.Database,
    private readonly writer: SqliteWriter | null,
  ) {
    this.file = join(options.dataDir, 'events.sqlite');
    const settings: PollingSettings = { batchSize: options.batchSize ?? 1000, pollIntervalMs: options.pollIntervalMs ?? 250 };
    this.subscriptions = new SubscriptionRegistry(settings);
    this.statements = {
      command: this.db.prepare<[string], { stream_id: string; first_position: number; last_position: number }>(
        'SELECT stream_id, first_position, last_position FROM commands WHERE command_id = ?',
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events'),
    };
    this.reads = new SqliteEventReads(this.db);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const writer = this.writable();
    validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    const result = await writer.append(streamId, events, options).catch((error: unknown) => {
      throw asStorageFull(error);
    });
    if (!result.duplicate) this.subscriptions.wakeAll();
    return result;
  }

  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const writer = this.writable();
    for (const { streamId, events, options } of appends) validateAppend(streamId, events, options, MAX_EVENTS_PER_APPEND);
    if (appends.length === 0) return [];
    const results = await writer.appendAll(appends);
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
    // Appends already accepted are committed and answered, not dropped.
    await this.writer?.close();
    await this.subscriptions.closeAll();
    this.db.close();
  }

  private writable(): SqliteWriter {
    this.assertOpen();
    if (!this.writer) throw new Error(`event store ${this.file} is open for reading only`);
    return this.writer;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.file} is closed`);
  }
}
