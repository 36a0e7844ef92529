import { isLateUpdate, isPastReportingDeadline, reportingDeadline, reportingDeadlineDay } from './reporting-deadline';

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

  it('has a deadline day, a UK calendar date, after which a missing update is missing rather than due', () => {
    expect(['2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2019/20 Q4'].map(reportingDeadlineDay)).toEqual(['2017-07-30', '2017-10-30', '2018-01-30', '2020-04-30']);
    expect(isPastReportingDeadline('2017/18 Q2', '2017-10-30')).toBe(false);
    expect(isPastReportingDeadline('2017/18 Q2', '2017-10-31')).toBe(true);
    expect(() => isPastReportingDeadline('2017/18 Q2', '30/10/2017')).toThrow('asOfDate must be a date written YYYY-MM-DD');
  });
});
