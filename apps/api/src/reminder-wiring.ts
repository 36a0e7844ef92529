import { CALENDAR_DEADLINES } from './reminder-deadlines';
import { PEOPLE_RECIPIENTS } from './reminder-recipients';
import { reminderProviders } from './reminders/reminder-providers';

/**
 * Where reminders find recipients (the people directory: owners and coordinators) and deadlines
 * (the reporting calendar), chosen above the features so reminders/ never imports people/ or
 * reporting-calendar/ sideways. The API and the CLI both register these.
 */
export const REMINDER_PROVIDERS = reminderProviders(PEOPLE_RECIPIENTS, CALENDAR_DEADLINES);
