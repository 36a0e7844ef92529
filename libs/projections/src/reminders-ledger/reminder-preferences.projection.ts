import type { ReminderPreferenceSet } from '@saferplan/domain/reminders/reminder-preference.decider';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

/** Everyone's latest reminder preference: true when they asked for the Monday digest only. */
export interface ReminderPreferencesView {
  digestOnly: Map<string, boolean>;
}

export const initialReminderPreferences = (): ReminderPreferencesView => ({ digestOnly: new Map() });

/** The event types the preferences fold: the only ones read from the log for them. */
export const REMINDER_PREFERENCES_EVENT_TYPES = ['ReminderPreferenceSet'] as const;

export function evolveReminderPreferences(view: ReminderPreferencesView, recorded: RecordedEvent): ReminderPreferencesView {
  const event = recorded as RecordedEvent & ReminderPreferenceSet;
  if (event.type === 'ReminderPreferenceSet') view.digestOnly.set(event.data.personId, event.data.digestOnly);
  return view;
}
