import { HeavyReadsBusyError } from './heavy-reads-busy.error';

export interface HeavyReadLimits {
  /** Requests with heavy reads one principal may have running or waiting at once. */
  perUser: number;
  /** Heavy reads waiting for a worker, everyone's together. */
  queue: number;
}

/**
 * Admission for heavy reads: at most `perUser` requests with heavy reads in flight per principal,
 * and none admitted while `queue` reads already wait. Refusal is immediate, so a client loop cannot pile up work.
 */
export class HeavyReadGate {
  private readonly inFlight = new Map<string, number>();
  /** One place per request, however many of its fields replay: a query asking for a plan, its action and its progress as of one moment is one heavy read. */
  private readonly byRequest = new WeakMap<object, { holders: number; release: () => void }>();

  constructor(private readonly limits: HeavyReadLimits) {}

  /**
   * Counts the read in for `principal` and returns its release; throws HeavyReadsBusyError when
   * over a limit. Reads of the same `request` share the place its first one took.
   */
  admit(principal: string, waiting: number, request?: object): () => void {
    const held = request ? this.byRequest.get(request) : undefined;
    if (held) {
      held.holders++;
      return once(() => {
        if (--held.holders === 0) {
          this.byRequest.delete(request!);
          held.release();
        }
      });
    }
    const release = this.take(principal, waiting);
    if (!request) return release;
    const entry = { holders: 1, release };
    this.byRequest.set(request, entry);
    return once(() => {
      if (--entry.holders === 0) {
        this.byRequest.delete(request);
        entry.release();
      }
    });
  }

  private take(principal: string, waiting: number): () => void {
    const mine = this.inFlight.get(principal) ?? 0;
    if (mine >= this.limits.perUser) {
      throw new HeavyReadsBusyError(
        `You already have ${mine} heavy reads running (views "as recorded at" a moment, or audit verification); wait for them to finish and try again`,
      );
    }
    if (waiting >= this.limits.queue) {
      throw new HeavyReadsBusyError(
        'The server is busy with other heavy reads (past views and audit verification); try again in a moment',
      );
    }
    this.inFlight.set(principal, mine + 1);
    return once(() => {
      const left = (this.inFlight.get(principal) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(principal);
      else this.inFlight.set(principal, left);
    });
  }
}

/** A release that counts once however often it is called. */
function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
