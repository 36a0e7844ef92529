/**
 * Who may persist a projector's documents and checkpoint. Every API instance folds the log into
 * its own in-memory model (so each answers queries and sees its own writes), but only the holder
 * of the writer lock saves; the others keep tailing in memory and retry the lock now and then, so
 * one of them takes over when the holder dies.
 *
 * Without a lock (the embedded SQLite store: one process) the projector is always the writer.
 */
export interface ProjectorWriterLock {
  /**
   * True when this instance holds the lock now: acquires it if free, or confirms it is still held
   * (the session that holds it is alive). Never throws: a broken connection is "not held".
   */
  tryAcquire(): Promise<boolean>;
  /** Gives the lock up (if held) and closes whatever connection kept it. */
  release(): Promise<void>;
}
