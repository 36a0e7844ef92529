import type { ProjectorWriterLock } from './writer-lock';

export interface PlanProjectorOptions {
  /** Default wait of waitFor() (ms). */
  waitTimeoutMs?: number;
  /** Events per readAll page during a rebuild. */
  pageSize?: number;
  /** After a failed batch (a save that threw), how long before reloading from the checkpoint and resubscribing. */
  retryDelayMs?: number;
  /** Where failures are reported; console.error by default. */
  onError?: (error: Error) => void;
  /**
   * Several instances sharing one read-model store: only the holder of this lock saves documents
   * and checkpoint; the others fold the log in memory. Without it, this projector always saves.
   */
  writerLock?: ProjectorWriterLock;
  /** How often the writer lock is tried (or, when held, confirmed), in ms. */
  writerLockRetryMs?: number;
  /**
   * How long the writer lets folded batches gather before saving them in one transaction (ms).
   * Queries are served from memory, so this delays only what a restart can skip, never what a
   * reader sees; a crash in between costs replaying those events from the log at the next start.
   */
  saveDelayMs?: number;
}

export type ResolvedProjectorOptions = Required<Omit<PlanProjectorOptions, 'onError' | 'writerLock'>> &
  Pick<PlanProjectorOptions, 'onError' | 'writerLock'>;

export function resolveProjectorOptions(options: PlanProjectorOptions): ResolvedProjectorOptions {
  return {
    waitTimeoutMs: options.waitTimeoutMs ?? 10_000,
    pageSize: options.pageSize ?? 5000,
    retryDelayMs: options.retryDelayMs ?? 1000,
    onError: options.onError,
    writerLock: options.writerLock,
    writerLockRetryMs: options.writerLockRetryMs ?? 2000,
    saveDelayMs: options.saveDelayMs ?? 50,
  };
}
