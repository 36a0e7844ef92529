import { currentQuarterOf, exceptionsOf, progressByQuarter, ragMixByQuarter } from './figures';
import type { Action, Partnership, Priority, Update } from './model';

const update = (quarter: string, rag: Update['rag'], percentComplete: number): Update => ({
  quarter,
  rag,
  percentComplete,
  late: false,
  narrative: 'n',
  recordedAt: '2017-07-10T10:00:00.000Z',
  recordedBy: 'c',
  correctionReason: null,
});

const action = (id: string, status: Action['status'], updates: Update[], milestones: Action['milestones'] = []): Action => ({
  id,
  title: `Action ${id}`,
  leadAgency: 'NWLDC',
  leadOfficer: null,
  status,
  percentComplete: updates.at(-1)?.percentComplete ?? 0,
  version: 1,
  milestones,
  updates,
});

const priority = (actions: Action[]): Priority => ({
  id: 'pr1',
  title: 'Reduce ASB',
  statutory: false,
  alignedTo: [],
  progress: { actions: 0, completed: 0, onTrack: 0, atRisk: 0, offTrack: 0, notStarted: 0, milestones: 0, milestonesReached: 0, milestonesOverdue: 0, percentComplete: 0 },
  actions,
});

describe('dashboard figures', () => {
  it('takes the current quarter from the as-of date within the plan year, Q4 after it, none before', () => {
    expect(currentQuarterOf('2017/18', '2017-03-31')).toBeNull();
    expect(currentQuarterOf('2017/18', '2017-04-01')).toBe('2017/18 Q1');
    expect(currentQuarterOf('2017/18', '2017-09-04')).toBe('2017/18 Q2');
    expect(currentQuarterOf('2017/18', '2018-03-31')).toBe('2017/18 Q4');
    expect(currentQuarterOf('2017/18', '2026-11-22')).toBe('2017/18 Q4');
  });

  it('lists off-track actions, overdue milestones and open actions missing the quarter’s update once its deadline has passed', () => {
    const partnerships: Partnership[] = [
      {
        id: 'p1',
        name: 'Safer North West',
        kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
        plans: [
          {
            id: 'plan1',
            financialYear: '2017/18',
            title: 'Plan',
            version: 1,
            priorities: [
              priority([
                action('a', 'OFF_TRACK', [update('2017/18 Q1', 'RED', 10)], [{ id: 'm1', title: 'Launch', dueQuarter: '2017/18 Q1', status: 'OVERDUE', reachedOn: null }]),
                action('b', 'ON_TRACK', [update('2017/18 Q1', 'GREEN', 20), update('2017/18 Q2', 'GREEN', 40)]),
                action('c', 'COMPLETED', []),
                action('d', 'NOT_STARTED', []),
              ]),
            ],
          },
        ],
      },
    ];
    // On 4 September Q2 updates are not due until 30 October: none is missing yet.
    const rows = exceptionsOf(partnerships, '2017/18', '2017-09-04');
    expect(rows.map((r) => [r.kind, r.action.id, r.detail])).toEqual([
      ['OFF_TRACK', 'a', 'Off track at 10% complete'],
      ['OVERDUE_MILESTONE', 'a', '"Launch" was due in 2017/18 Q1'],
    ]);
    expect(exceptionsOf(partnerships, '2017/18', '2017-10-30', '2017/18 Q2').filter((r) => r.kind === 'MISSING_UPDATE')).toEqual([]);
    expect(exceptionsOf(partnerships, '2017/18', '2017-10-31', '2017/18 Q2').filter((r) => r.kind === 'MISSING_UPDATE').map((r) => [r.action.id, r.detail])).toEqual([
      ['a', 'No update for 2017/18 Q2 (due by 30 October 2017)'],
      ['d', 'No update for 2017/18 Q2 (due by 30 October 2017)'],
    ]);
    // Q1 as it stood at its end: b was on track, nothing of Q1 is missing but d's.
    expect(exceptionsOf(partnerships, '2017/18', '2017-09-04', '2017/18 Q1').map((r) => [r.kind, r.action.id])).toEqual([
      ['OFF_TRACK', 'a'],
      ['OVERDUE_MILESTONE', 'a'],
      ['MISSING_UPDATE', 'd'],
    ]);
    expect(exceptionsOf(partnerships, '2018/19', '2017-09-04')).toEqual([]);
  });

  it('carries each action’s latest reported % forward to give a priority’s progress by quarter', () => {
    const p = priority([
      action('a', 'ON_TRACK', [update('2017/18 Q1', 'GREEN', 20), update('2017/18 Q3', 'GREEN', 60)]),
      action('b', 'AT_RISK', [update('2017/18 Q2', 'AMBER', 35)]),
      action('c', 'NOT_STARTED', []),
      action('x', 'CANCELLED', [update('2017/18 Q1', 'RED', 90)]),
    ]);
    expect(progressByQuarter(p, '2017/18')).toEqual([
      { quarter: '2017/18 Q1', percent: 6.7 },
      { quarter: '2017/18 Q2', percent: 18.3 },
      { quarter: '2017/18 Q3', percent: 31.7 },
      { quarter: '2017/18 Q4', percent: 31.7 },
    ]);
    expect(progressByQuarter(priority([]), '2017/18').map((q) => q.percent)).toEqual([0, 0, 0, 0]);
  });

  it('counts the RAG each counted action reported per quarter, and those with no update', () => {
    const plan = {
      id: 'plan1',
      financialYear: '2017/18',
      title: 'Plan',
      version: 1,
      priorities: [
        priority([
          action('a', 'ON_TRACK', [update('2017/18 Q1', 'GREEN', 20), update('2017/18 Q2', 'AMBER', 30)]),
          action('b', 'OFF_TRACK', [update('2017/18 Q2', 'RED', 5)]),
          action('x', 'CANCELLED', [update('2017/18 Q1', 'RED', 90)]),
        ]),
      ],
    };
    expect(ragMixByQuarter([plan], '2017/18')).toEqual([
      { quarter: '2017/18 Q1', GREEN: 1, AMBER: 0, RED: 0, NONE: 1 },
      { quarter: '2017/18 Q2', GREEN: 0, AMBER: 1, RED: 1, NONE: 0 },
      { quarter: '2017/18 Q3', GREEN: 0, AMBER: 0, RED: 0, NONE: 2 },
      { quarter: '2017/18 Q4', GREEN: 0, AMBER: 0, RED: 0, NONE: 2 },
    ]);
  });
});
