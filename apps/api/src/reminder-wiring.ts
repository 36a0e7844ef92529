import { reminderProviders } from './reminders/reminder-providers';

/**
 * Where reminders find recipients and deadlines, chosen above the features so reminders/ never
 * imports people/ or the calendar sideways. The API and the CLI both register these.
 */
export const REMINDER_PROVIDERS = reminderProviders();
