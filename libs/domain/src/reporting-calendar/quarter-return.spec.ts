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
