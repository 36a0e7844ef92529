import type Database from 'better-sqlite3';
import type { AppendOptions, AppendResult, NewEvent, StreamAppend } from '../event-store.port';
import type { SqliteAppender, SqliteWriter } from './sqlite-appender';
import type { SqliteWriterThread } from './sqlite-writer-thread';

/** Most events an append may have to be written on the caller's thread. */
const MOST_EVENTS_INLINE = 16;

/**
 * How long, on average, a lone append may hold the event loop (its fsync included) before lone
 * appends go to the thread as well: on a slow disk (a network volume's 2-10 ms flush) the loop
 * would otherwise stall every reader for every write. A local SSD's flush is 0.1-0.3 ms, and an
 * average over the last few (weight 0.2) lets one slow flush pass. One lone append in
 * PROBE_EVERY still runs inline, so a disk that has become fast again is noticed.
 */
const MOST_INLINE_MS = 2;
const PROBE_EVERY = 64;

interface Waiting {
  streamId: string;
  events: NewEvent[];
  options: AppendOptions;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The default SQLite writer (docs/adr/0028): appends go to the writer thread (ADR 0025), except
 * an append that arrives alone while the thread is idle, which commits at once on this thread's
 * own write connection. Alone means nothing else reached an append in the same event-loop turn
 * (they are gathered until setImmediate, as the group commit does); idle means the thread has
 * answered everything it was sent, so it holds no transaction and the write lock is free.
 *
 * Why: a lone appender awaiting each append (a single user, a script) otherwise pays two thread
 * wake-ups and a structured clone each way beside its fsync, more than the fsync itself on a fast
 * disk; appends that arrive together still share one commit on the thread, off the event loop.
 * The inline connection never waits for the lock (busy_timeout 0): if another process holds it,
 * the append goes to the thread, which waits off the loop. Both paths run the same SqliteAppender
 * transaction, so the checks, the hash chain and the signature are the same.
 */
export class SqliteAutoWriter implements SqliteWriter {
  private waiting: Waiting[] = [];
  private scheduled = false;
  /** Moving average of an inline append's wall time (ms); null until one has run. */
  private inlineMs: number | null = null;
  private lonesSinceProbe = 0;

  constructor(
    readonly thread: SqliteWriterThread,
    private readonly inline: SqliteAppender,
    private readonly inlineDb: Database.Database,
    private readonly mostInlineMs = MOST_INLINE_MS,
  ) {}

  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ streamId, events, options, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.flush(); // keeps call order: what was asked before goes first
    return this.thread.appendAll(appends);
  }

  async close(): Promise<void> {
    this.flush();
    await this.thread.close();
    this.inlineDb.close();
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting.splice(0);
    if (batch.length === 1 && batch[0].events.length <= MOST_EVENTS_INLINE && this.thread.idle && this.inlineIsCheap() && this.tryInline(batch[0])) return;
    for (const append of batch) this.thread.append(append.streamId, append.events, append.options).then(append.resolve, append.reject);
  }

  private inlineIsCheap(): boolean {
    if (this.inlineMs === null || this.inlineMs <= this.mostInlineMs) return true;
    return ++this.lonesSinceProbe % PROBE_EVERY === 0;
  }

  /** False when the lock was taken elsewhere (nothing was written); the append then goes to the thread. */
  private tryInline(append: Waiting): boolean {
    let result: AppendResult;
    const started = performance.now();
    try {
      result = this.inline.appendNow(append.streamId, append.events, append.options);
      const ms = performance.now() - started;
      this.inlineMs = this.inlineMs === null ? ms : this.inlineMs * 0.8 + ms * 0.2;
    } catch (error) {
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return false;
      append.reject(error);
      return true;
    }
    append.resolve(result);
    return true;
  }
}
