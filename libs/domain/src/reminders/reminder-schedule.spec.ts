import { reportingDeadlineDay } from '../audit/reporting-deadline';
import { type ActionToReport, type DueReminder, type ReminderRecipient, type ReminderScheduleInput, remindersDue } from './reminder-schedule';
import { addDays } from './uk-days';

const owner: ReminderRecipient = { personId: 'p-owner', name: 'Ann Owner', email: 'ann@nwleics.gov.uk', digestOnly: false };
const coordinator: ReminderRecipient = { personId: 'p-coord', name: 'Cal Coordinator', email: 'cal@nwleics.gov.uk', digestOnly: false };

const action = (change: Partial<ActionToReport> = {}): ActionToReport => ({
  actionId: 'a1',
  title: 'Reduce ASB in Coalville',
  partnershipId: 'nw',
  financialYear: '2017/18',
  open: true,
  quartersReported: [],
  owner,
  ...change,
});

/** Sent reminders by UK date, after running the schedule once a day at `hourUtc` from 1 April 2017 for a year, sending all it proposes. */
function runYear(
  given: Partial<ReminderScheduleInput> & { actions: ActionToReport[] },
  hourUtc = 8,
  arrivals: Record<string, string> = {},
): DueReminder[] {
  const sent = new Map<string, DueReminder>();
  let actions = given.actions;
  for (let day = '2017-04-01'; day <= '2018-07-31'; day = addDays(day, 1)) {
    if (arrivals[day]) actions = actions.map((a) => ({ ...a, quartersReported: [...a.quartersReported, arrivals[day]] }));
    const at = new Date(`${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`);
    for (const reminder of remindersDue({ coordinators: {}, deadlineOf: (_, q) => reportingDeadlineDay(q), ...given, actions, at, alreadySent: (id) => sent.has(id) })) {
      expect(sent.has(reminder.reminderId)).toBe(false);
      sent.set(reminder.reminderId, reminder);
    }
  }
  return [...sent.values()];
}

const owners = (sent: DueReminder[], quarter: string) =>
  sent.filter((r) => r.quarter === quarter && r.recipient === owner && r.kind !== 'ESCALATION').map((r) => `${r.occasion} ${r.kind}`);

describe('reminder schedule through a year', () => {
  it('reminds the owner 14 and 3 days before, on the day, then every 7 days late until about a quarter has gone by', () => {
    // Q1 2017/18 is due by 30 July 2017.
    expect(owners(runYear({ actions: [action()] }), '2017/18 Q1')).toEqual([
      '2017-07-16 BEFORE_DEADLINE',
      '2017-07-27 BEFORE_DEADLINE',
      '2017-07-30 DEADLINE_DAY',
      ...['08-06', '08-13', '08-20', '08-27', '09-03', '09-10', '09-17', '09-24', '10-01', '10-08', '10-15', '10-22', '10-29'].map(
        (d) => `2017-${d} OVERDUE`,
      ),
    ]);
  });

  it('stops as soon as the update arrives', () => {
    const sent = runYear({ actions: [action()] }, 8, { '2017-08-07': '2017/18 Q1' });
    expect(owners(sent, '2017/18 Q1')).toEqual(['2017-07-16 BEFORE_DEADLINE', '2017-07-27 BEFORE_DEADLINE', '2017-07-30 DEADLINE_DAY', '2017-08-06 OVERDUE']);
  });

  it('sends nothing about a quarter reported before its reminders start, nor for a closed action', () => {
    const sent = runYear({ actions: [action({ quartersReported: ['2017/18 Q1'] }), action({ actionId: 'a2', open: false })] });
    expect(sent.filter((r) => r.quarter === '2017/18 Q1' || r.actionId === 'a2')).toEqual([]);
  });

  it('follows the deadline each partnership has, and chases nothing for a quarter without one (closed)', () => {
    const deadlineOf = (_: string, q: string) => (q === '2017/18 Q1' ? '2017-08-15' : null);
    const sent = runYear({ actions: [action()], deadlineOf, policy: { stopAfterDaysLate: 7 } });
    expect(sent.map((r) => `${r.occasion} ${r.kind} ${r.quarter}`)).toEqual([
      '2017-08-01 BEFORE_DEADLINE 2017/18 Q1',
      '2017-08-12 BEFORE_DEADLINE 2017/18 Q1',
      '2017-08-15 DEADLINE_DAY 2017/18 Q1',
      '2017-08-22 OVERDUE 2017/18 Q1',
    ]);
  });

  it('follows configured days before and late interval', () => {
    const sent = runYear({ actions: [action()], policy: { daysBefore: [7], lateEveryDays: 14, stopAfterDaysLate: 30 } });
    expect(owners(sent, '2017/18 Q2')).toEqual(['2017-10-23 BEFORE_DEADLINE', '2017-10-30 DEADLINE_DAY', '2017-11-13 OVERDUE', '2017-11-27 OVERDUE']);
  });

  it('escalates each late update once to the coordinators, a week after the deadline', () => {
    const sent = runYear({ actions: [action()], coordinators: { nw: [coordinator] } });
    const escalations = sent.filter((r) => r.kind === 'ESCALATION');
    expect(escalations.map((r) => `${r.occasion} ${r.quarter} ${r.recipient.email}`)).toEqual([
      '2017-08-06 2017/18 Q1 cal@nwleics.gov.uk',
      '2017-11-06 2017/18 Q2 cal@nwleics.gov.uk',
      '2018-02-06 2017/18 Q3 cal@nwleics.gov.uk',
      '2018-05-07 2017/18 Q4 cal@nwleics.gov.uk',
    ]);
  });

  it('sends the coordinators a digest on Mondays only, listing what is outstanding', () => {
    const sent = runYear({ actions: [action(), action({ actionId: 'a2', title: 'Hate crime reporting', quartersReported: ['2017/18 Q1'] })], coordinators: { nw: [coordinator] } });
    const digests = sent.filter((r) => r.kind === 'DIGEST');
    expect(digests.length).toBeGreaterThan(30);
    for (const digest of digests) expect(new Date(`${digest.occasion}T12:00:00Z`).getUTCDay()).toBe(1);
    const first = digests[0];
    expect(first.occasion).toBe('2017-07-17'); // the first Monday once Q1's return is 14 days off
    expect(first.recipient).toBe(coordinator);
    expect(first.about.map((u) => `${u.actionId} ${u.quarter}`)).toEqual(['a1 2017/18 Q1']);
    const autumn = digests.find((d) => d.occasion === '2017-10-23')!;
    expect(autumn.about.map((u) => `${u.actionId} ${u.quarter}`)).toEqual(['a1 2017/18 Q1', 'a1 2017/18 Q2', 'a2 2017/18 Q2']);
  });

  it('a digest-only owner gets no single reminders but a Monday digest of their own outstanding updates', () => {
    const quiet = { ...owner, digestOnly: true };
    const sent = runYear({ actions: [action({ owner: quiet })] });
    expect(sent.filter((r) => r.kind !== 'DIGEST')).toEqual([]);
    expect(sent.filter((r) => r.kind === 'DIGEST')[0]).toMatchObject({ occasion: '2017-07-17', recipient: quiet });
  });

  it('a digest-only coordinator is not sent escalations', () => {
    const sent = runYear({ actions: [action()], coordinators: { nw: [{ ...coordinator, digestOnly: true }] } });
    expect(sent.filter((r) => r.kind === 'ESCALATION')).toEqual([]);
    expect(sent.some((r) => r.kind === 'DIGEST')).toBe(true);
  });

  it('after a pause sends only the latest occasion reached, not the backlog', () => {
    const due = remindersDue({
      at: new Date('2017-08-15T09:00:00Z'),
      actions: [action()],
      coordinators: {},
      deadlineOf: (_, q) => reportingDeadlineDay(q),
      alreadySent: () => false,
    });
    expect(due.map((r) => `${r.occasion} ${r.kind} ${r.quarter}`)).toEqual(['2017-08-13 OVERDUE 2017/18 Q1']);
  });
});

describe('reminder schedule on UK days, British Summer Time included', () => {
  const at = (iso: string) =>
    remindersDue({ at: new Date(iso), actions: [action()], coordinators: { nw: [coordinator] }, deadlineOf: (_, q) => reportingDeadlineDay(q), alreadySent: () => false });

  it('in summer 23:30 UTC is already the next UK day', () => {
    // 16 July 2017 is 14 days before Q1's deadline; 23:30 UTC on the 15th is 00:30 BST on the 16th.
    expect(at('2017-07-15T22:59:00Z').map((r) => r.kind)).toEqual([]);
    expect(at('2017-07-15T23:30:00Z').map((r) => `${r.occasion} ${r.kind}`)).toEqual(['2017-07-16 BEFORE_DEADLINE']);
  });

  it('in winter UTC midnight is UK midnight', () => {
    // Q3's deadline is 30 January 2018; 14 days before is the 16th.
    expect(at('2018-01-15T23:30:00Z').filter((r) => r.quarter === '2017/18 Q3')).toEqual([]);
    expect(at('2018-01-16T00:00:00Z').filter((r) => r.quarter === '2017/18 Q3').map((r) => r.occasion)).toEqual(['2018-01-16']);
  });

  it('the digest falls on the UK Monday across the clock changes', () => {
    const kinds = (iso: string) => at(iso).filter((r) => r.kind === 'DIGEST').map((r) => r.occasion);
    // BST ends on Sunday 29 October 2017: Monday 30th begins at 00:00 UTC.
    expect(kinds('2017-10-29T23:59:00Z')).toEqual([]);
    expect(kinds('2017-10-30T00:00:00Z')).toEqual(['2017-10-30']);
    // BST begins on Sunday 25 March 2018: Monday 26th begins at 23:00 UTC on the Sunday.
    expect(kinds('2018-03-25T22:59:00Z')).toEqual([]);
    expect(kinds('2018-03-25T23:00:00Z')).toEqual(['2018-03-26']);
  });

  it('the same reminder has the same id whenever it is worked out during its day', () => {
    const morning = at('2017-07-16T06:00:00Z').map((r) => r.reminderId);
    expect(morning).toEqual(['before-deadline_2017-07-16_p-owner_a1_2017-18-Q1']);
    expect(at('2017-07-16T21:00:00Z').map((r) => r.reminderId)).toEqual(morning);
  });
});
