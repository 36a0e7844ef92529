import { quarterFromText } from './quarter-text';

describe('quarters as council plans write them', () => {
  it.each([
    ['2017/18 Q1', '2017/18 Q1'],
    ['  2017/18   q2 ', '2017/18 Q2'],
    ['2017-18 Q3', '2017/18 Q3'],
    ['2017/2018 Q4', '2017/18 Q4'],
    ['Q1 2017/18', '2017/18 Q1'],
    ['q4 2017-18', '2017/18 Q4'],
    ['June 2017', '2017/18 Q1'],
    ['Jun 2017', '2017/18 Q1'],
    ['September 2017', '2017/18 Q2'],
    ['Sept 2017', '2017/18 Q2'],
    ['December 2017', '2017/18 Q3'],
    ['March 2018', '2017/18 Q4'],
    ['January 2018', '2017/18 Q4'],
    ['Apr-Jun 2017', '2017/18 Q1'],
    ['Jul - Sep 2017', '2017/18 Q2'],
    ['Oct–Dec 2017', '2017/18 Q3'],
    ['Jan-Mar 2018', '2017/18 Q4'],
    ['April-June 2018', '2018/19 Q1'],
    ['30/06/2017', '2017/18 Q1'],
    ['1/7/2017', '2017/18 Q2'],
    ['2018-03-31', '2017/18 Q4'],
  ])('"%s" is %s', (typed, quarter) => {
    expect(quarterFromText(typed)).toBe(quarter);
  });

  it.each([
    ['2017/19 Q1', 'the years do not follow on'],
    ['Q5 2017/18', 'there is no fifth quarter'],
    ['May-Aug 2017', 'not one quarter'],
    ['Feb-Apr 2018', 'not one quarter'],
    ['31/02/2018', 'not a date'],
    ['Spring 2017', 'not a quarter'],
    ['Q1 1990/91', 'before the supported years'],
  ])('"%s" is left as typed (%s), for the domain to refuse', (typed) => {
    expect(quarterFromText(typed)).toBe(typed);
  });
});
