import { HeavyReadsBusyError } from './heavy-reads-busy.error';

export interface HeavyReadLimits {
  /** Heavy reads one principal may have running or waiting at once. */
  perUser: number;
  /** Heavy reads waiting for a worker, everyone's together. */
  queue: number;
}

/**
 * Admission for heavy reads: at most `perUser` in flight per principal, and none admitted
 * while `queue` reads already wait. Refusal is immediate, so a client loop cannot pile up work.
 */
export class HeavyReadGate {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly limits: HeavyReadLimits) {}

  /** Counts the read in for `principal` and returns its release; throws HeavyReadsBusyError when over a limit. */
  admit(principal: string, waiting: number): () => void {
    const mine = this.inFlight.get(principal) ?? 0;
    if (mine >= this.limits.perUser) {
      throw new HeavyReadsBusyError(
        `You already have ${mine} heavy reads running (views "as recorded at" a moment, or audit verification); wait for them to finish and try again`,
      );
    }
    if (waiting >= this.limits.queue) {
      throw new HeavyReadsBusyError('The server is busy with other heavy reads (past views and audit verification); try again in a moment');
    }
    this.inFlight.set(principal, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(principal) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(principal);
      else this.inFlight.set(principal, left);
    };
  }
}
