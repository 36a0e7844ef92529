import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { OneAtATime } from '../projector/one-at-a-time';
import { type ReminderPreferencesView, REMINDER_PREFERENCES_EVENT_TYPES, evolveReminderPreferences, initialReminderPreferences } from './reminder-preferences.projection';
import { type RemindersLedgerView, REMINDERS_LEDGER_EVENT_TYPES, evolveRemindersLedger, initialRemindersLedger } from './reminders-ledger.projection';

export interface RemindersViews {
  ledger: RemindersLedgerView;
  preferences: ReminderPreferencesView;
}

const LEDGER_TYPES: ReadonlySet<string> = new Set(REMINDERS_LEDGER_EVENT_TYPES);
const TYPES = [...REMINDERS_LEDGER_EVENT_TYPES, ...REMINDER_PREFERENCES_EVENT_TYPES];

/**
 * The reminders ledger and preferences, each its own pure projection, kept in memory with the
 * log position they have folded up to. Each read catches up from that checkpoint: it asks the
 * store for its settled head first, then reads only the reminder event types after the
 * checkpoint and up to that head, so a run reads what was recorded since the last one, and an
 * event below the head can never appear later (every adapter's head is settled: ADR 0002, 0007).
 * A new process starts at 0 and folds the reminder events once.
 */
export class CheckpointedReminderViews {
  private checkpoint = 0;
  private readonly views: RemindersViews = { ledger: initialRemindersLedger(), preferences: initialReminderPreferences() };
  private readonly oneAtATime = new OneAtATime();

  constructor(private readonly store: EventStore) {}

  /** The log position folded so far. */
  get position(): number {
    return this.checkpoint;
  }

  /** Both views as the log stands now (read-your-writes: a claim just recorded is in them). */
  async current(): Promise<RemindersViews> {
    // One catch-up at a time, so two callers never fold the same events twice.
    await this.oneAtATime.run(() => this.catchUp());
    return this.views;
  }

  private async catchUp(): Promise<void> {
    const head = await this.store.headPosition();
    if (head <= this.checkpoint) return;
    const after = this.checkpoint;
    const batches = await Promise.all(TYPES.map((type) => this.store.readAll({ after, filter: { type } })));
    const events = batches
      .flat()
      .filter((event) => event.position <= head)
      .sort((a, b) => a.position - b.position);
    for (const event of events) this.fold(event);
    this.checkpoint = head;
  }

  private fold(event: RecordedEvent): void {
    if (LEDGER_TYPES.has(event.type)) evolveRemindersLedger(this.views.ledger, event);
    else evolveReminderPreferences(this.views.preferences, event);
  }
}
