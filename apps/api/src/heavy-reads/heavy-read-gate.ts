import { HeavyReadsBusyError } from './heavy-reads-busy.error';

export interface HeavyReadLimits {
  /** Requests with heavy reads one principal may have running or waiting at once. */
  perUser: number;
  /** Heavy reads waiting for a worker, everyone's together. */
  queue: number;
}

/**
 * Admission for heavy reads: at most `perUser` requests with heavy reads in flight per principal;
 * a few more of the same principal's wait their turn (a dashboard viewed at a past moment asks
 * for several views at once), and past that, or while `queue` reads already wait for a worker,
 * refusal is immediate, so a client loop cannot pile up work.
 */
/** How many of a principal's requests may wait for each of their places before refusal. */
const WAITING_PER_PLACE = 2;

export class HeavyReadGate {
  private readonly inFlight = new Map<string, number>();
  /** Each principal's requests waiting for one of their places, oldest first. */
  private readonly waiters = new Map<string, Array<() => void>>();
  /** One place per request, however many of its fields replay: a query asking for a plan, its action and its progress as of one moment is one heavy read. */
  private readonly byRequest = new WeakMap<object, { holders: number; place: Promise<() => void> }>();

  constructor(private readonly limits: HeavyReadLimits) {}

  /**
   * Counts the read in for `principal` and resolves to its release once it may run; rejects with
   * HeavyReadsBusyError when over a limit. Reads of the same `request` share the place its first one took.
   */
  async admit(principal: string, waiting: number, request?: object): Promise<() => void> {
    if (!request) return this.take(principal, waiting);
    let entry = this.byRequest.get(request);
    if (entry) entry.holders++;
    else {
      entry = { holders: 1, place: this.take(principal, waiting) };
      this.byRequest.set(request, entry);
    }
    const shared = entry;
    const release = await shared.place.catch((error: unknown) => {
      if (--shared.holders === 0) this.byRequest.delete(request);
      throw error;
    });
    return once(() => {
      if (--shared.holders === 0) {
        this.byRequest.delete(request);
        release();
      }
    });
  }

  private placeHeld(principal: string): () => void {
    return once(() => {
      const next = this.waiters.get(principal)?.shift();
      if (next) return next(); // the place passes to the principal's next waiting request
      const left = (this.inFlight.get(principal) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(principal);
      else this.inFlight.set(principal, left);
      if (this.waiters.get(principal)?.length === 0) this.waiters.delete(principal);
    });
  }

  private take(principal: string, waiting: number): Promise<() => void> {
    const mine = this.inFlight.get(principal) ?? 0;
    const queued = this.waiters.get(principal) ?? [];
    if (mine >= this.limits.perUser && queued.length >= this.limits.perUser * WAITING_PER_PLACE) {
      return Promise.reject(
        new HeavyReadsBusyError(
          `You already have ${mine} heavy reads running and ${queued.length} waiting (views "as recorded at" a moment, or audit verification); wait for them to finish and try again`,
        ),
      );
    }
    if (waiting >= this.limits.queue) {
      return Promise.reject(
        new HeavyReadsBusyError('The server is busy with other heavy reads (past views and audit verification); try again in a moment'),
      );
    }
    if (mine < this.limits.perUser) {
      this.inFlight.set(principal, mine + 1);
      return Promise.resolve(this.placeHeld(principal));
    }
    return new Promise((resolve) => {
      queued.push(() => resolve(this.placeHeld(principal)));
      this.waiters.set(principal, queued);
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
