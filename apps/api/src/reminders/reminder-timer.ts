import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type Clock } from '@saferplan/config/tokens';
import type { AppConfig } from '@saferplan/config/app-config';
import { Reminders } from './reminders';

/**
 * The server sends reminders on its own every REMINDER_INTERVAL_MINUTES. Every instance may run
 * it: the claim on each reminder's stream lets one of them send it. Off in tests unless asked.
 */
@Injectable()
export class ReminderTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly reminders: Reminders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.reminderIntervalMinutes;
    if (this.config.nodeEnv !== 'test' || minutes) this.logger.log(this.reminders.describe + (this.reminders.enabled && minutes ? `, every ${minutes} min` : ''));
    if (!this.reminders.enabled || !minutes) return;
    this.timer = setInterval(() => void this.runOnce(), minutes * 60_000);
    this.timer.unref();
  }

  /** One run at the clock's moment; a run still going is not overlapped. */
  runOnce(): Promise<void> {
    this.running ??= this.reminders
      .send(this.clock.now())
      .then(({ sent, failed }) => {
        if (sent.length || failed.length) this.logger.log(`Sent ${sent.length} reminder(s)${failed.length ? `, ${failed.length} refused by the mail server` : ''}`);
      })
      .catch((error: unknown) => this.logger.error(`Reminder run failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
