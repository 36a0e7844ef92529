import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError } from '../shared/errors';
import type { ReminderCommand } from './reminder.commands';
import type { ReminderEvent, ReminderSent } from './reminder.events';

/** One stream per reminder id: never claimed, claimed (sent), or released by a failed send. */
export type ReminderLedgerState =
  | { status: 'unsent'; failures: number }
  | { status: 'sent'; sent: ReminderSent['data']; failures: number };

/**
 * The ledger of one reminder. A reminder is sent at most once: a second claim is a CONFLICT,
 * which is how a racing instance learns it lost. A failed send releases the claim so a later
 * run may try again.
 */
export const reminderLedgerDecider: Decider<ReminderLedgerState, ReminderCommand, ReminderEvent> = {
  initialState: () => ({ status: 'unsent', failures: 0 }),

  decide(command, state) {
    const at = command.metadata.now.toISOString();
    switch (command.type) {
      case 'SendReminder': {
        if (!command.data.recipientEmail.includes('@')) {
          throw new InvalidInputError('recipientEmail', `${command.data.recipientName} has no email address to remind`);
        }
        if (state.status === 'sent') {
          throw new ConflictError(`reminder ${command.data.reminderId} was already sent at ${state.sent.sentAt}`);
        }
        return [{ type: 'ReminderSent', data: { ...command.data, sentAt: at } }];
      }
      case 'RecordReminderFailure':
        if (state.status !== 'sent') {
          throw new ConflictError(`reminder ${command.data.reminderId} is not being sent, so its sending cannot have failed`);
        }
        return [{ type: 'ReminderSendFailed', data: { reminderId: command.data.reminderId, reason: command.data.reason, failedAt: at } }];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReminderSent':
        return { status: 'sent', sent: event.data, failures: state.failures };
      case 'ReminderSendFailed':
        return { status: 'unsent', failures: state.failures + 1 };
    }
  },
};
