import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { evolveReminders, initialRemindersView, isClaimed } from './reminder-views';

let position = 0;
const recorded = (type: string, data: object, actor = 'saferplan-reminders'): RecordedEvent =>
  ({ position: ++position, streamId: 's', revision: 0, type, data, metadata: { actor, recordedAt: '2017-07-16T08:00:00.000Z' } }) as unknown as RecordedEvent;
const sent = (reminderId: string, sentAt = '2017-07-16T08:00:00.000Z') =>
  recorded('ReminderSent', { reminderId, kind: 'BEFORE_DEADLINE', recipientId: 'p1', recipientName: 'Ann', recipientEmail: 'ann@x.gov.uk', actionId: 'a1', quarter: '2017/18 Q1', occasion: '2017-07-16', about: [], sentAt });

describe('reminders view', () => {
  it('lists each reminder sent with who sent it, oldest first', () => {
    const view = [sent('r1'), sent('r2')].reduce(evolveReminders, initialRemindersView());
    expect(view.sent.map((r) => [r.reminderId, r.sentBy, r.failedAt])).toEqual([['r1', 'saferplan-reminders', null], ['r2', 'saferplan-reminders', null]]);
    expect(isClaimed(view, 'r1')).toBe(true);
    expect(isClaimed(view, 'r3')).toBe(false);
  });

  it('a failed send shows its reason and releases the reminder; a second attempt replaces it', () => {
    const view = [sent('r1'), recorded('ReminderSendFailed', { reminderId: 'r1', reason: 'connection refused', failedAt: '2017-07-16T08:00:01.000Z' })].reduce(evolveReminders, initialRemindersView());
    expect(view.sent[0]).toMatchObject({ failure: 'connection refused', failedAt: '2017-07-16T08:00:01.000Z' });
    expect(isClaimed(view, 'r1')).toBe(false);
    evolveReminders(view, sent('r1', '2017-07-16T09:00:00.000Z'));
    expect(view.sent.map((r) => [r.reminderId, r.sentAt, r.failure])).toEqual([['r1', '2017-07-16T09:00:00.000Z', null]]);
    expect(isClaimed(view, 'r1')).toBe(true);
  });

  it('keeps the latest reminder preference of each person', () => {
    const view = [
      recorded('ReminderPreferenceSet', { personId: 'p1', digestOnly: true }),
      recorded('ReminderPreferenceSet', { personId: 'p2', digestOnly: true }),
      recorded('ReminderPreferenceSet', { personId: 'p1', digestOnly: false }),
    ].reduce(evolveReminders, initialRemindersView());
    expect([...view.digestOnly]).toEqual([['p1', false], ['p2', true]]);
  });

  it('ignores events of other types', () => {
    expect(evolveReminders(initialRemindersView(), recorded('ActionCreated', { actionId: 'a1' }))).toEqual(initialRemindersView());
  });
});
