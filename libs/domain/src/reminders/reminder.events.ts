import type { DomainEvent } from '../shared/event';

/** Why a reminder went: before the deadline, on its day, late, escalated to coordinators, or the weekly digest. */
export type ReminderKind = 'BEFORE_DEADLINE' | 'DEADLINE_DAY' | 'OVERDUE' | 'ESCALATION' | 'DIGEST';
export const REMINDER_KINDS: readonly ReminderKind[] = ['BEFORE_DEADLINE', 'DEADLINE_DAY', 'OVERDUE', 'ESCALATION', 'DIGEST'];

/** One update a reminder is about: an action's return for a quarter, due by `deadline` (UK date). */
export interface OutstandingUpdate {
  actionId: string;
  actionTitle: string;
  partnershipId: string;
  quarter: string;
  deadline: string;
}

/**
 * A reminder claimed for sending and handed to the mail server. Recorded before the mail goes
 * (ADR 0015): its stream is the reminder's own id, so a second instance or a restart that comes
 * to the same reminder finds it recorded and sends nothing.
 */
export type ReminderSent = DomainEvent<
  'ReminderSent',
  {
    reminderId: string;
    kind: ReminderKind;
    recipientId: string;
    recipientName: string;
    recipientEmail: string;
    /** The action and quarter of an owner's reminder or an escalation; null for a digest. */
    actionId: string | null;
    quarter: string | null;
    /** The UK date the schedule put it on. */
    occasion: string;
    /** Everything it lists: one update, or the digest's outstanding ones. */
    about: OutstandingUpdate[];
    sentAt: string;
  }
>;

/** The mail server refused or could not be reached: the reminder may be claimed again on the next run. */
export type ReminderSendFailed = DomainEvent<'ReminderSendFailed', { reminderId: string; reason: string; failedAt: string }>;

export type ReminderEvent = ReminderSent | ReminderSendFailed;
