import type Database from 'better-sqlite3';

interface Pending<T> {
  work: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for the embedded store. With synchronous=FULL every commit waits for the disk,
 * and better-sqlite3 blocks the event loop while it does, so appends arriving together (the
 * concurrent requests of one event-loop turn) are run in ONE transaction and share one fsync.
 *
 * Each append runs as a better-sqlite3 transaction function; called inside the outer
 * transaction it becomes a SAVEPOINT, so an append that throws (wrong expected revision, reused
 * commandId) rolls back only its own writes and fails only its own caller. Later appends in the
 * batch see the earlier ones, exactly as if they had been committed one after another. Nobody is
 * answered before the batch's COMMIT has returned: nothing acknowledged can be lost.
 */
export class SqliteGroupCommit {
  private queue: Pending<unknown>[] = [];
  private scheduled = false;
  private readonly runBatch: Database.Transaction<(batch: Pending<unknown>[]) => Outcome[]>;

  constructor(
    db: Database.Database,
    /** Most appends to share one commit; bounds the event-loop pause of one batch. */
    private readonly maxBatch = 256,
  ) {
    this.runBatch = db.transaction((batch: Pending<unknown>[]) =>
      batch.map((pending): Outcome => {
        try {
          return { ok: true, value: pending.work() };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }

  submit<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve, reject } as Pending<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after the I/O callbacks of this turn: every request that reached its
        // append in the same turn joins the batch.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Runs whatever is queued now (also used before close, so nothing queued is dropped). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      let outcomes: Outcome[];
      try {
        outcomes = this.runBatch.immediate(batch);
      } catch (error) {
        // The COMMIT itself failed (disk full, another process held the lock past busy_timeout):
        // nothing in the batch was written, so every caller gets the error.
        for (const pending of batch) pending.reject(error);
        continue;
      }
      batch.forEach((pending, index) => {
        const outcome = outcomes[index];
        if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(outcome.error);
      });
    }
  }
}
