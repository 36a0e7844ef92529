import type { SubscribeOptions } from '../event-store.port';

/**
 * How a subscription waits between reads (or resubscribes): a timer that `wake()` cuts short, so
 * close() and news of an append never wait for it to run out. Shared by every adapter's subscription.
 */
export class WakeableDelay {
  private wakeUp: (() => void) | null = null;

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = finish;
    });
  }

  /** Ends the current wait now; does nothing when none is running. */
  wake(): void {
    this.wakeUp?.();
  }
}

/** Hands a subscription's error to its onError, or logs it (under `source`) when it has none. */
export function reportSubscriptionError(options: SubscribeOptions, source: string, error: unknown): void {
  const asError = error instanceof Error ? error : new Error(String(error));
  if (options.onError) options.onError(asError);
  else console.error(`${source} subscription error`, asError);
}
