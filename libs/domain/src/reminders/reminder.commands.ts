import type { DomainCommand } from '../shared/event';
import type { ReminderSent } from './reminder.events';

/** Claim a due reminder for sending: everything but `sentAt`, which is the command's moment. */
export type SendReminder = DomainCommand<'SendReminder', Omit<ReminderSent['data'], 'sentAt'>>;

export type RecordReminderFailure = DomainCommand<'RecordReminderFailure', { reminderId: string; reason: string }>;

export type ReminderCommand = SendReminder | RecordReminderFailure;
