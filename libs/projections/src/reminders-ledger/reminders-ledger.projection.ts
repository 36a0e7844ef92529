import type { ReminderSendFailed, ReminderSent } from '@saferplan/domain/reminders/reminder.events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

type ReminderSentData = ReminderSent['data'];

/** One reminder as the auditor sees it: who was reminded of what, when, and whether the send failed. */
export interface SentReminderView extends ReminderSentData {
  sentBy: string | null;
  failedAt: string | null;
  failure: string | null;
}

/** The ledger of reminders claimed for sending (ADR 0015), oldest first, and each by its id. */
export interface RemindersLedgerView {
  sent: SentReminderView[];
  byId: Map<string, SentReminderView>;
}

export const initialRemindersLedger = (): RemindersLedgerView => ({ sent: [], byId: new Map() });

/** The event types the ledger folds: the only ones read from the log for it. */
export const REMINDERS_LEDGER_EVENT_TYPES = ['ReminderSent', 'ReminderSendFailed'] as const;

type LedgerRecorded = RecordedEvent & (ReminderSent | ReminderSendFailed);

export function evolveRemindersLedger(view: RemindersLedgerView, recorded: RecordedEvent): RemindersLedgerView {
  const event = recorded as LedgerRecorded;
  switch (event.type) {
    case 'ReminderSent': {
      // A reminder claimed again after a failed send is one entry, its latest attempt.
      const entry = { ...event.data, sentBy: event.metadata.actor, failedAt: null, failure: null };
      const earlier = view.byId.get(entry.reminderId);
      if (earlier) view.sent.splice(view.sent.indexOf(earlier), 1);
      view.sent.push(entry);
      view.byId.set(entry.reminderId, entry);
      break;
    }
    case 'ReminderSendFailed': {
      const entry = view.byId.get(event.data.reminderId);
      if (entry) Object.assign(entry, { failedAt: event.data.failedAt, failure: event.data.reason });
      break;
    }
  }
  return view;
}

/** Sent and not released by a failure: the schedule must not propose it again. */
export const isClaimed = (view: RemindersLedgerView, reminderId: string): boolean => {
  const entry = view.byId.get(reminderId);
  return entry !== undefined && entry.failedAt === null;
};
