import { daysAfterQuarterEnd, reportingDeadlineDay } from './reporting-deadline';

describe('reporting deadline', () => {
  it('is by default the UK day 30 days after the quarter ends, after which a missing update is missing rather than due', () => {
    expect(['2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2019/20 Q4'].map(reportingDeadlineDay)).toEqual(['2017-07-30', '2017-10-30', '2018-01-30', '2020-04-30']);
  });

  it("moves with a partnership's own number of days", () => {
    expect(daysAfterQuarterEnd('2017/18 Q2', 14)).toBe('2017-10-14');
    expect(daysAfterQuarterEnd('2017/18 Q4', 0)).toBe('2018-03-31');
  });
});
