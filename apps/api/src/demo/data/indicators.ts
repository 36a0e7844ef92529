import type { IndicatorSpec } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 8. Performance indicators beside the actions (issue 18). The baselines are the Safer North
//    West Partnership's own figures [NWL 2.1]: "overall crime in North West Leicestershire has
//    increased by 67 crimes in the previous 12 months" and ASB "incidents increased by 129
//    reports" last year, so each indicator is the change on the previous 12 months (lower is
//    better) and the targets step the rise down over the year. The quarterly values, targets and
//    the correction are illustrative, like the actions' RAG ratings; they are not police returns.
//    The county board's ASB indicator is the SUM of the same indicator of the districts whose
//    priorities are aligned to its ASB priority (only North West's in the demo).
// ---------------------------------------------------------------------------------------------

export const indicators: IndicatorSpec[] = [
  {
    as: 'nCrimeChange',
    plan: 'nwlPlan',
    priority: 'nViolence',
    name: 'Change in all recorded crime on the previous 12 months',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    baseline: 67,
    source: 'Leicestershire Police figures supplied to the Safer North West Partnership',
    defined: '2017-06-20 10:00',
    targets: [['Q1', 60], ['Q2', 45], ['Q3', 30], ['Q4', 0]],
    values: [
      ['Q1', '2017-07-12 09:30', 62, 'Rolling 12 months to June'],
      ['Q2', '2017-10-11 09:30', 41, 'Download festival crime down on 2016'],
      ['Q3', '2018-01-10 09:30', 33, 'Rise in reported hate crime in the second half of the year'],
      ['Q4', '2018-04-11 09:30', -4, null],
    ],
  },
  {
    as: 'nAsbChange',
    plan: 'nwlPlan',
    priority: 'nAsb',
    name: 'Change in ASB incidents on the previous year',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    baseline: 129,
    source: 'Leicestershire Police and NWLDC ASB reports',
    defined: '2017-06-20 10:10',
    targets: [['Q1', 120], ['Q2', 100], ['Q3', 80], ['Q4', 60]],
    values: [
      ['Q1', '2017-07-12 09:40', 118, null],
      ['Q2', '2017-10-11 09:40', 104, 'Summer rise in Coalville town centre'],
      ['Q3', '2018-01-10 09:40', 97, null],
      ['Q4', '2018-04-11 09:40', 55, 'Long-term injunction and two closure orders in force'],
    ],
    correction: { q: 'Q3', at: '2018-01-24 11:00', value: 92, reason: 'Police re-ran the extract: five duplicate reports removed' },
  },
  {
    as: 'cAsbChange',
    plan: 'countyPlan',
    priority: 'cAsb',
    name: 'Change in ASB incidents on the previous year',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    baseline: null,
    source: "Sum of the aligned districts' figures",
    aggregation: 'SUM',
    defined: '2017-06-21 14:00',
    targets: [['Q1', 120], ['Q2', 100], ['Q3', 80], ['Q4', 60]],
  },
];
