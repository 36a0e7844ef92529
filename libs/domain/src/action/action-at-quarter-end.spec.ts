import { actionAtQuarterEnd, type ActionRecord, type ReportedUpdate, type ScheduledMilestone } from './action-at-quarter-end';
import { longUkDate, ukDate } from '../shared/financial-year';
import { reportingDeadlineDay } from '../audit/reporting-deadline';

const update = (quarter: string, rag: ReportedUpdate['rag'], percentComplete: number): ReportedUpdate => ({ quarter: `2017/18 ${quarter}`, rag, percentComplete });
const milestone = (dueQuarter: string, reachedOn: string | null): ScheduledMilestone => ({ dueQuarter: `2017/18 ${dueQuarter}`, reachedOn });

/** The demo's IOM action, in short: GREEN 50% for Q2, AMBER at year end, milestones through Q4. */
const iom: ActionRecord<ReportedUpdate, ScheduledMilestone> = {
  updates: [update('Q1', 'GREEN', 25), update('Q2', 'GREEN', 50), update('Q3', 'AMBER', 60), update('Q4', 'AMBER', 75)],
  milestones: [milestone('Q1', '2017-06-20'), milestone('Q2', '2017-10-05'), milestone('Q3', '2017-12-01'), milestone('Q4', null)],
  completedOn: null,
  cancelledOn: null,
};

describe('an action at the end of a quarter', () => {
  it('reports Q2 from the Q2 update and the milestones due by Q2, not from the year-end figures', () => {
    const q2 = actionAtQuarterEnd(iom, '2017/18 Q2', '2026-12-02');
    expect(q2).toMatchObject({ quarter: '2017/18 Q2', status: 'ON_TRACK', percentComplete: 50, update: iom.updates[1], reporting: { state: 'REPORTED' } });
    // Reached on 5 October: after Q2's end, so at Q2's end it was overdue.
    expect(q2.milestones.map((m) => m.status)).toEqual(['REACHED', 'OVERDUE']);
    expect(actionAtQuarterEnd(iom, '2017/18 Q4', '2026-12-02')).toMatchObject({ status: 'AT_RISK', percentComplete: 75 });
  });

  it('without the quarter’s own update stands where the latest earlier one left it, never a later one', () => {
    const gap = { ...iom, updates: [iom.updates[0], iom.updates[2]] };
    expect(actionAtQuarterEnd(gap, '2017/18 Q2', '2026-12-02')).toMatchObject({ status: 'ON_TRACK', percentComplete: 25, update: null, reporting: { state: 'MISSING', dueBy: '2017-10-30' } });
    expect(actionAtQuarterEnd({ ...iom, updates: [] }, '2017/18 Q2', '2026-12-02')).toMatchObject({ status: 'NOT_STARTED', percentComplete: 0 });
  });

  it('an update not yet in is due until the end of the deadline day (30 days after the quarter), missing from the day after', () => {
    const noQ2 = { ...iom, updates: [iom.updates[0]] };
    expect(reportingDeadlineDay('2017/18 Q2')).toBe('2017-10-30');
    expect(actionAtQuarterEnd(noQ2, '2017/18 Q2', '2017-09-04').reporting).toEqual({ state: 'DUE', dueBy: '2017-10-30' });
    expect(actionAtQuarterEnd(noQ2, '2017/18 Q2', '2017-10-30').reporting).toEqual({ state: 'DUE', dueBy: '2017-10-30' });
    expect(actionAtQuarterEnd(noQ2, '2017/18 Q2', '2017-10-31').reporting).toEqual({ state: 'MISSING', dueBy: '2017-10-30' });
    expect(longUkDate('2017-10-30')).toBe('30 October 2017');
  });

  it('takes the partnership\'s own deadline from its reporting calendar when given', () => {
    const noQ2 = { ...iom, updates: [iom.updates[0]] };
    expect(actionAtQuarterEnd(noQ2, '2017/18 Q2', '2017-10-31', '2017-11-10').reporting).toEqual({ state: 'DUE', dueBy: '2017-11-10' });
    expect(actionAtQuarterEnd(noQ2, '2017/18 Q2', '2017-10-15', '2017-10-14').reporting).toEqual({ state: 'MISSING', dueBy: '2017-10-14' });
  });

  it('takes the deadline day in UK time: 23:30 UTC on 30 July 2017 is already 31 July in London (BST)', () => {
    const noQ1 = { ...iom, updates: [] };
    expect(actionAtQuarterEnd(noQ1, '2017/18 Q1', ukDate(new Date('2017-07-30T22:59:59Z'))).reporting.state).toBe('DUE');
    expect(actionAtQuarterEnd(noQ1, '2017/18 Q1', ukDate(new Date('2017-07-30T23:30:00Z'))).reporting.state).toBe('MISSING');
    // After the clocks go back (29 October 2017) UTC and UK days agree again.
    expect(actionAtQuarterEnd(noQ1, '2017/18 Q2', ukDate(new Date('2017-10-30T23:30:00Z'))).reporting.state).toBe('DUE');
  });

  it('inside the quarter a milestone due in it is pending, not overdue', () => {
    const q2 = actionAtQuarterEnd(iom, '2017/18 Q2', '2017-09-04');
    expect(q2.milestones.map((m) => m.status)).toEqual(['REACHED', 'PENDING']);
  });

  it('counts an action completed or cancelled only from the quarter it happened in', () => {
    const completed = { ...iom, completedOn: '2018-02-10' };
    expect(actionAtQuarterEnd(completed, '2017/18 Q3', '2026-12-02')).toMatchObject({ status: 'AT_RISK', percentComplete: 60 });
    expect(actionAtQuarterEnd(completed, '2017/18 Q4', '2026-12-02')).toMatchObject({ status: 'COMPLETED', percentComplete: 100, reporting: { state: 'REPORTED' } });
    const cancelled = { ...iom, updates: [iom.updates[0]], cancelledOn: '2017-08-01' };
    expect(actionAtQuarterEnd(cancelled, '2017/18 Q1', '2026-12-02')).toMatchObject({ status: 'ON_TRACK', percentComplete: 25 });
    expect(actionAtQuarterEnd(cancelled, '2017/18 Q2', '2026-12-02')).toMatchObject({ status: 'CANCELLED', percentComplete: 25, reporting: { state: 'NOT_EXPECTED' } });
  });

  it('refuses an as-of date that is not a calendar date', () => {
    expect(() => actionAtQuarterEnd(iom, '2017/18 Q2', '2017-02-30')).toThrow('asOfDate "2017-02-30" is not a real calendar date');
  });
});
