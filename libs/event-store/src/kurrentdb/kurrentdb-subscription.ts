import type { AllStreamResolvedEvent, AllStreamSubscription } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscribeOptions, Subscription } from '../event-store.port';
import { WakeableDelay, reportSubscriptionError } from '../shared/subscription-wait';
import { type BackoffSettings, positionToNumber, resubscribeDelayMs } from './kurrentdb-mapping';
import type { KurrentEvent } from './kurrentdb-streams';
import { readBatches } from './read-batches';

/**
 * One live subscription: subscribe from the checkpoint, deliver what the server pushes in
 * batches (whatever is buffered, up to batchSize), await onEvents before the next batch, and
 * resubscribe from the last delivered position after a drop.
 */
export class KurrentDbSubscription implements Subscription {
  private closed = false;
  private current: AllStreamSubscription | null = null;
  private readonly delay = new WakeableDelay();
  private readonly done: Promise<void>;

  constructor(
    private readonly open: (after: number) => AllStreamSubscription,
    private readonly toRecorded: (event: KurrentEvent) => RecordedEvent | null,
    private readonly options: SubscribeOptions & { after: number },
    private readonly batchSize: number,
    private readonly backoff: BackoffSettings,
    private readonly onClosed: (s: KurrentDbSubscription) => void,
  ) {
    this.done = this.run(options.after).finally(() => {
      this.closed = true;
      this.onClosed(this);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.delay.wake();
    const current = this.current;
    if (current) {
      await current.unsubscribe().catch(() => undefined);
      // A cancelled gRPC call does not end the piped stream: destroy it so the batch reader returns.
      current.destroy();
    }
    await this.done;
  }

  private async run(after: number): Promise<void> {
    let checkpoint = after;
    let failures = 0;
    while (!this.closed) {
      const subscription = this.open(checkpoint);
      this.current = subscription;
      // Errors after we stop listening (e.g. while cancelling) must not crash the process.
      subscription.on('error', () => undefined);
      try {
        for await (const batch of readBatches<AllStreamResolvedEvent>(subscription, this.batchSize)) {
          if (this.closed) return;
          const events: RecordedEvent[] = [];
          for (const resolved of batch) {
            if (!resolved.event) continue;
            const position = positionToNumber(resolved.event.position);
            if (position <= checkpoint) continue; // the server may include the checkpoint event itself
            const recorded = this.toRecorded(resolved.event);
            if (recorded) events.push(recorded);
          }
          if (events.length === 0) continue;
          try {
            await this.options.onEvents(events);
          } catch (error) {
            // A broken consumer: stop rather than redeliver forever; it resubscribes from its checkpoint.
            this.report(error);
            return;
          }
          checkpoint = events[events.length - 1].position;
          failures = 0;
        }
        if (this.closed) return;
        this.report(new Error('KurrentDB ended the $all subscription; resubscribing'));
      } catch (error) {
        if (this.closed) return;
        this.report(error);
      } finally {
        this.current = null;
        await subscription.unsubscribe().catch(() => undefined);
      }
      await this.sleep(resubscribeDelayMs(failures++, this.backoff));
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.delay.wait(ms);
  }

  private report(error: unknown): void {
    reportSubscriptionError(this.options, 'KurrentDB', error);
  }
}
