/** waitFor() gave up: the read model did not reach the position in time. */
export class ReadModelLagError extends Error {
  constructor(
    readonly position: number,
    readonly checkpoint: number,
    readonly timeoutMs: number,
  ) {
    super(`read model did not reach event position ${position} within ${timeoutMs} ms (it is at ${checkpoint})`);
    this.name = 'ReadModelLagError';
  }
}

interface Waiter {
  position: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Callers waiting for the model to reach a position (read-your-writes after an append). */
export class Waiters {
  private waiting: Waiter[] = [];

  /** Resolves on release() of a position at or past `position`; rejects with ReadModelLagError after `timeoutMs`. */
  wait(position: number, timeoutMs: number, current: () => number): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiting = this.waiting.filter((other) => other !== waiter);
          reject(new ReadModelLagError(position, current(), timeoutMs));
        }, timeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Lets go of everyone waiting for `position` or before. */
  release(position: number): void {
    if (this.waiting.length === 0) return;
    const still: Waiter[] = [];
    for (const waiter of this.waiting) {
      if (waiter.position <= position) {
        clearTimeout(waiter.timer);
        waiter.resolve();
      } else {
        still.push(waiter);
      }
    }
    this.waiting = still;
  }

  /** Rejects everyone still waiting: the model will not move again. */
  rejectAll(position: number): void {
    for (const waiter of this.waiting) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`read model stopped at position ${position} before reaching ${waiter.position}`));
    }
    this.waiting = [];
  }
}
