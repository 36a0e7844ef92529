import { DeciderSpecification } from '../testing/decider-specification';
import { ConflictError, InvalidInputError } from '../shared/errors';
import type { SendReminder } from './reminder.commands';
import type { ReminderSent } from './reminder.events';
import { reminderLedgerDecider } from './reminder-ledger.decider';

const now = new Date('2017-07-16T08:00:00.000Z');
const about = [{ actionId: 'a1', actionTitle: 'Reduce ASB', partnershipId: 'nw', quarter: '2017/18 Q1', deadline: '2017-07-30' }];
const claim: SendReminder = {
  type: 'SendReminder',
  data: {
    reminderId: 'before-deadline_2017-07-16_p1_a1_2017-18-Q1',
    kind: 'BEFORE_DEADLINE',
    recipientId: 'p1',
    recipientName: 'Ann Owner',
    recipientEmail: 'ann@nwleics.gov.uk',
    actionId: 'a1',
    quarter: '2017/18 Q1',
    occasion: '2017-07-16',
    about,
  },
  metadata: { now, actor: 'reminders' },
};
const sent: ReminderSent = { type: 'ReminderSent', data: { ...claim.data, sentAt: now.toISOString() } };
const failed = { type: 'ReminderSendFailed' as const, data: { reminderId: claim.data.reminderId, reason: 'connection refused', failedAt: now.toISOString() } };
const fail = { type: 'RecordReminderFailure' as const, data: { reminderId: claim.data.reminderId, reason: 'connection refused' }, metadata: { now } };

describe('reminder ledger decider', () => {
  const given = DeciderSpecification.for(reminderLedgerDecider);

  it('records a reminder as sent, with who, what and when', () => {
    given([]).when(claim).then([sent]);
  });

  it('never sends the same reminder twice: a second claim is a conflict', () => {
    given([sent])
      .when(claim)
      .thenThrows(ConflictError, (e) => e.message === `reminder ${claim.data.reminderId} was already sent at 2017-07-16T08:00:00.000Z`);
  });

  it('a failed send releases the reminder, so it may be claimed again', () => {
    given([sent]).when(fail).then([failed]);
    given([sent, failed]).when(claim).then([sent]);
  });

  it('a failure of a reminder never claimed is a conflict', () => {
    given([]).when(fail).thenThrows(ConflictError);
  });

  it('refuses a recipient without an email address, naming the field', () => {
    given([])
      .when({ ...claim, data: { ...claim.data, recipientEmail: 'Ann Owner' } })
      .thenThrows(InvalidInputError, (e) => e.field === 'recipientEmail');
  });
});
