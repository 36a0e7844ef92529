import { isLateUpdate, reportingDeadline } from './reporting-deadline';

describe('reporting deadline', () => {
  it('is 30 days after the quarter ends, end of day', () => {
    expect(reportingDeadline('2017/18 Q1')).toBe('2017-07-30T23:59:59.999Z');
    expect(reportingDeadline('2017/18 Q3')).toBe('2018-01-30T23:59:59.999Z');
    expect(reportingDeadline('2017/18 Q4')).toBe('2018-04-30T23:59:59.999Z');
  });

  it('an update first recorded after it is late; on the last moment it is not', () => {
    expect(isLateUpdate('2017/18 Q1', '2017-07-30T23:59:59.999Z')).toBe(false);
    expect(isLateUpdate('2017/18 Q1', '2017-07-31T00:00:00.000Z')).toBe(true);
    expect(isLateUpdate('2017/18 Q2', '2017-07-31T00:00:00.000Z')).toBe(false);
  });
});
