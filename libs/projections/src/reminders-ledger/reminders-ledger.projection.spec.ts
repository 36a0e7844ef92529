import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { ProjectionSpecification } from '../testing/projection-specification';
import { evolveRemindersLedger, initialRemindersLedger, isClaimed } from './reminders-ledger.projection';

let position = 0;
const recorded = (type: string, data: object, actor = 'saferplan-reminders'): RecordedEvent =>
  ({ position: ++position, streamId: 's', revision: 0, type, data, metadata: { actor, recordedAt: '2017-07-16T08:00:00.000Z' } }) as unknown as RecordedEvent;
const sent = (reminderId: string, sentAt = '2017-07-16T08:00:00.000Z') =>
  recorded('ReminderSent', { reminderId, kind: 'BEFORE_DEADLINE', recipientId: 'p1', recipientName: 'Ann', recipientEmail: 'ann@x.gov.uk', actionId: 'a1', quarter: '2017/18 Q1', occasion: '2017-07-16', about: [], sentAt });
const failed = (reminderId: string) => recorded('ReminderSendFailed', { reminderId, reason: 'connection refused', failedAt: '2017-07-16T08:00:01.000Z' });

const given = ProjectionSpecification.for({ initial: initialRemindersLedger, evolve: evolveRemindersLedger });

describe('reminders ledger projection', () => {
  it('lists each reminder sent with who sent it, oldest first', () => {
    given([sent('r1'), sent('r2')]).then((view) => {
      expect(view.sent.map((r) => [r.reminderId, r.sentBy, r.failedAt])).toEqual([['r1', 'saferplan-reminders', null], ['r2', 'saferplan-reminders', null]]);
      expect(isClaimed(view, 'r1')).toBe(true);
      expect(isClaimed(view, 'r3')).toBe(false);
    });
  });

  it('a failed send shows its reason and releases the reminder', () => {
    given([sent('r1'), failed('r1')]).then((view) => {
      expect(view.sent[0]).toMatchObject({ failure: 'connection refused', failedAt: '2017-07-16T08:00:01.000Z' });
      expect(isClaimed(view, 'r1')).toBe(false);
    });
  });

  it('a second attempt after a failure replaces the first: one entry, claimed again', () => {
    given([sent('r1'), sent('r2'), failed('r1'), sent('r1', '2017-07-16T09:00:00.000Z')]).then((view) => {
      expect(view.sent.map((r) => [r.reminderId, r.sentAt, r.failure])).toEqual([['r2', '2017-07-16T08:00:00.000Z', null], ['r1', '2017-07-16T09:00:00.000Z', null]]);
      expect(isClaimed(view, 'r1')).toBe(true);
    });
  });

  it('a failure of a reminder it never saw claimed changes nothing', () => {
    given([failed('r9')]).then((view) => expect(view).toEqual(initialRemindersLedger()));
  });

  it('ignores events of other types, preferences included', () => {
    given([recorded('ActionCreated', { actionId: 'a1' }), recorded('ReminderPreferenceSet', { personId: 'p1', digestOnly: true })]).then((view) =>
      expect(view).toEqual(initialRemindersLedger()),
    );
  });
});
