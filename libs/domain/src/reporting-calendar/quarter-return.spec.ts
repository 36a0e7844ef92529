import { ukDate } from '../shared/financial-year';
import { isLateReturn, quarterReturn } from './quarter-return';

describe('quarterReturn', () => {
  const onTime = { firstRecordedAt: '2017-07-20T10:00:00Z', awaitingApproval: false };
  const none = { firstRecordedAt: null, awaitingApproval: false };
  const base = { quarter: '2017/18 Q1', hasPlan: true, deadline: '2017-07-30' };

  it('a partnership with no plan is NO_PLAN', () => {
    expect(quarterReturn({ ...base, hasPlan: false, asOfDate: '2017-09-01', actions: [] }).state).toBe('NO_PLAN');
  });

  it('walks one quarter through the year: not due, due, missing, in', () => {
    expect(quarterReturn({ ...base, asOfDate: '2017-06-30', actions: [none] })).toEqual({ state: 'NOT_DUE_YET', due: 0, received: 0, late: 0, missing: 0, awaitingApproval: 0 });
    expect(quarterReturn({ ...base, asOfDate: '2017-07-01', actions: [onTime, none] })).toEqual({ state: 'DUE', due: 2, received: 1, late: 0, missing: 0, awaitingApproval: 0 });
    expect(quarterReturn({ ...base, asOfDate: '2017-07-30', actions: [onTime, none] }).state).toBe('DUE');
    expect(quarterReturn({ ...base, asOfDate: '2017-07-31', actions: [onTime, none] })).toEqual({ state: 'MISSING', due: 2, received: 1, late: 0, missing: 1, awaitingApproval: 0 });
    expect(quarterReturn({ ...base, asOfDate: '2017-07-31', actions: [onTime] }).state).toBe('IN');
  });

  it('late is judged on the UK day: 23:30 UTC on the deadline day in summer is the next day (BST)', () => {
    expect(isLateReturn('2017-07-30T22:59:00Z', '2017-07-30')).toBe(false);
    expect(isLateReturn('2017-07-30T23:30:00Z', '2017-07-30')).toBe(true);
    // In winter London is on GMT: 23:30 UTC is still the deadline day.
    expect(isLateReturn('2018-01-30T23:30:00Z', '2018-01-30')).toBe(false);
    const late = { firstRecordedAt: '2017-08-02T10:00:00Z', awaitingApproval: false };
    expect(quarterReturn({ ...base, asOfDate: '2017-09-01', actions: [onTime, late] })).toEqual({ state: 'LATE', due: 2, received: 2, late: 1, missing: 0, awaitingApproval: 0 });
  });

  it('counts updates awaiting approval', () => {
    const waiting = { firstRecordedAt: '2017-07-20T10:00:00Z', awaitingApproval: true };
    expect(quarterReturn({ ...base, asOfDate: '2017-07-25', actions: [waiting, onTime] }).awaitingApproval).toBe(1);
  });
});

describe('quarterReturn, moving the clock through a year', () => {
  /** The state of each 2017/18 quarter with nothing recorded, at 23:30 UTC on a given day. */
  const statesAt = (day: string) =>
    ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => {
      const quarter = `2017/18 ${q}`;
      const deadline = { Q1: '2017-07-30', Q2: '2017-10-30', Q3: '2018-01-30', Q4: '2018-04-30' }[q] as string;
      return quarterReturn({ quarter, hasPlan: true, deadline, asOfDate: ukDate(new Date(`${day}T23:30:00Z`)), actions: [{ firstRecordedAt: null, awaitingApproval: false }] }).state;
    });

  it('changes state on the right UK day of every quarter, BST and GMT alike', () => {
    const changes: string[] = [];
    let previous = statesAt('2017-03-31').join(' ');
    for (let time = Date.parse('2017-04-01T00:00:00Z'); time <= Date.parse('2018-05-31T00:00:00Z'); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      const now = statesAt(day).join(' ');
      if (now !== previous) changes.push(`${day}: ${now}`);
      previous = now;
    }
    // 23:30 UTC is already the next day in London during BST (until 29 October 2017, from 25 March
    // 2018), so those changes show on the UTC day before; in GMT they show on the day itself.
    expect(changes).toEqual([
      '2017-06-30: DUE NOT_DUE_YET NOT_DUE_YET NOT_DUE_YET',
      '2017-07-30: MISSING NOT_DUE_YET NOT_DUE_YET NOT_DUE_YET',
      '2017-09-30: MISSING DUE NOT_DUE_YET NOT_DUE_YET',
      '2017-10-31: MISSING MISSING NOT_DUE_YET NOT_DUE_YET',
      '2018-01-01: MISSING MISSING DUE NOT_DUE_YET',
      '2018-01-31: MISSING MISSING MISSING NOT_DUE_YET',
      '2018-03-31: MISSING MISSING MISSING DUE',
      '2018-04-30: MISSING MISSING MISSING MISSING',
    ]);
  });
});
