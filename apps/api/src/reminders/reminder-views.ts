import type { ReminderPreferenceSet, ReminderSendFailed, ReminderSent } from '@saferplan/domain';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

type ReminderSentData = ReminderSent['data'];

/** One reminder as the auditor sees it: who was reminded of what, when, and whether the send failed. */
export interface SentReminderView extends ReminderSentData {
  sentBy: string | null;
  failedAt: string | null;
  failure: string | null;
}

/** The ledger of reminders (oldest first) and everyone's reminder preference, folded from the log. */
export interface RemindersView {
  sent: SentReminderView[];
  byId: Map<string, SentReminderView>;
  digestOnly: Map<string, boolean>;
}

export const initialRemindersView = (): RemindersView => ({ sent: [], byId: new Map(), digestOnly: new Map() });

type ReminderRecorded = RecordedEvent & (ReminderSent | ReminderSendFailed | ReminderPreferenceSet);

/** The event types this view folds: the ones read from the log for it. */
export const REMINDER_VIEW_EVENT_TYPES = ['ReminderSent', 'ReminderSendFailed', 'ReminderPreferenceSet'] as const;

export function evolveReminders(view: RemindersView, recorded: RecordedEvent): RemindersView {
  const event = recorded as ReminderRecorded;
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
    case 'ReminderPreferenceSet':
      view.digestOnly.set(event.data.personId, event.data.digestOnly);
      break;
  }
  return view;
}

/** Sent and not released by a failure: the schedule must not propose it again. */
export const isClaimed = (view: RemindersView, reminderId: string): boolean => {
  const entry = view.byId.get(reminderId);
  return entry !== undefined && entry.failedAt === null;
};
