import type { RecordedEvent, SubscribeOptions, Subscription } from '../event-store.port';
import { WakeableDelay, reportSubscriptionError } from './subscription-wait';

export interface PollingSettings {
  /** Events per readAll during catch-up and live reads. */
  batchSize: number;
  /** Upper bound on latency for writes this process is not told about (another process, another instance). */
  pollIntervalMs: number;
}

type ReadAfter = (after: number, maxCount: number) => Promise<RecordedEvent[]>;

/**
 * Catch-up-then-live subscription built on readAll, shared by the SQL adapters.
 *
 * The adapter's readAll only returns events that are safe to deliver in order (for PostgreSQL: no
 * older transaction can still commit before them), so "read after my checkpoint" repeated forever
 * is the whole algorithm. Live latency comes from `wake()`, which the store calls after each of its
 * own appends; the poll catches everything else.
 *
 * Errors: a failing read (store briefly unreachable) is reported to onError and retried after the
 * poll interval; a failing onEvents is reported and ends the subscription, because redelivering the
 * batch forever would hide the bug. The consumer resubscribes from its own checkpoint.
 */
export class PollingSubscription implements Subscription {
  private closed = false;
  private wakeRequested = false;
  private readonly delay = new WakeableDelay();
  private readonly done: Promise<void>;

  constructor(
    private readonly readAfter: ReadAfter,
    private readonly options: SubscribeOptions,
    private readonly settings: PollingSettings,
    private readonly onClosed: (subscription: PollingSubscription) => void,
  ) {
    if (typeof options.onEvents !== 'function') throw new Error('subscribeToAll: onEvents is required');
    const after = options.after ?? 0;
    if (!Number.isSafeInteger(after) || after < 0) throw new Error('subscribeToAll: after must be a position >= 0');
    this.done = this.run(after).finally(() => {
      this.closed = true;
      this.onClosed(this);
    });
  }

  /** New events may be readable: read now instead of at the next poll. */
  wake(): void {
    this.wakeRequested = true;
    this.delay.wake();
  }

  /** Stops delivery; resolves once no onEvents call is running and none will start. */
  async close(): Promise<void> {
    this.closed = true;
    this.delay.wake();
    await this.done;
  }

  private async run(after: number): Promise<void> {
    let checkpoint = after;
    while (!this.closed) {
      this.wakeRequested = false;
      let batch: RecordedEvent[];
      try {
        batch = await this.readAfter(checkpoint, this.settings.batchSize);
      } catch (error) {
        if (this.closed) return;
        this.report(error);
        await this.sleep();
        continue;
      }
      if (this.closed) return;
      if (batch.length > 0) {
        try {
          await this.options.onEvents(batch);
        } catch (error) {
          this.report(error);
          return;
        }
        checkpoint = batch[batch.length - 1].position;
        // A full batch means we are still catching up: read on without waiting.
        if (batch.length === this.settings.batchSize) continue;
      }
      await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    if (this.wakeRequested || this.closed) return Promise.resolve();
    return this.delay.wait(this.settings.pollIntervalMs);
  }

  private report(error: unknown): void {
    reportSubscriptionError(this.options, 'event-store', error);
  }
}

/** The live subscriptions of one store: woken after each of its appends, closed with it. */
export class SubscriptionRegistry {
  private readonly live = new Set<PollingSubscription>();

  constructor(private readonly settings: PollingSettings) {}

  open(readAfter: ReadAfter, options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(readAfter, options, this.settings, (s) => this.live.delete(s));
    this.live.add(subscription);
    return subscription;
  }

  wakeAll(): void {
    for (const subscription of this.live) subscription.wake();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.live].map((subscription) => subscription.close()));
  }
}
