import type { ActionView, MilestoneView } from '../views';
import { actionFigures, emptyProgress, milestoneStatus, progressOf, quarterEndedOn } from './progress';

const milestone = (id: string, dueQuarter: string, reachedOn: string | null = null): MilestoneView => ({
  id,
  actionId: 'a',
  title: id,
  dueQuarter,
  reachedOn,
  evidence: null,
});

type Counted = Pick<ActionView, 'status' | 'percentComplete' | 'milestones'>;
const action = (status: ActionView['status'], percentComplete: number, milestones: MilestoneView[] = []): Counted => ({
  status,
  percentComplete,
  milestones,
});

describe('actionFigures', () => {
  it('is NOT_STARTED at 0% before the first update', () => {
    expect(actionFigures('open', undefined)).toEqual({ status: 'NOT_STARTED', percentComplete: 0 });
  });

  it.each([
    ['GREEN', 'ON_TRACK'],
    ['AMBER', 'AT_RISK'],
    ['RED', 'OFF_TRACK'],
  ] as const)('maps RAG %s to %s and keeps the update percentage', (rag, status) => {
    expect(actionFigures('open', { rag, percentComplete: 45 })).toEqual({ status, percentComplete: 45 });
  });

  it('counts a completed action as COMPLETED at 100% whatever its last update said', () => {
    expect(actionFigures('completed', { rag: 'RED', percentComplete: 60 })).toEqual({ status: 'COMPLETED', percentComplete: 100 });
    expect(actionFigures('completed', undefined)).toEqual({ status: 'COMPLETED', percentComplete: 100 });
  });

  it('marks a cancelled action CANCELLED and keeps the percentage it had reached, for the record', () => {
    expect(actionFigures('cancelled', { rag: 'GREEN', percentComplete: 30 })).toEqual({ status: 'CANCELLED', percentComplete: 30 });
    expect(actionFigures('cancelled', undefined)).toEqual({ status: 'CANCELLED', percentComplete: 0 });
  });
});

describe('milestoneStatus', () => {
  const dueQ1 = milestone('m', '2017/18 Q1');

  it('is PENDING up to and including the last day of the due quarter', () => {
    expect(milestoneStatus(dueQ1, quarterEndedOn('2017-06-30'))).toBe('PENDING');
  });

  it('is OVERDUE from the day after the due quarter ends', () => {
    expect(milestoneStatus(dueQ1, quarterEndedOn('2017-07-01'))).toBe('OVERDUE');
  });

  it('knows Q4 ends on 31 March of the next calendar year', () => {
    const dueQ4 = milestone('m', '2017/18 Q4');
    expect(milestoneStatus(dueQ4, quarterEndedOn('2018-03-31'))).toBe('PENDING');
    expect(milestoneStatus(dueQ4, quarterEndedOn('2018-04-01'))).toBe('OVERDUE');
  });

  it('is REACHED once reached, even when that was late', () => {
    expect(milestoneStatus(milestone('m', '2017/18 Q1', '2017-08-14'), quarterEndedOn('2018-01-01'))).toBe('REACHED');
  });
});

describe('progressOf', () => {
  // One of each status; milestones due in different quarters so the as-of date moves the overdue count.
  const actions: Counted[] = [
    action('ON_TRACK', 40, [milestone('m1', '2017/18 Q1', '2017-06-20'), milestone('m2', '2017/18 Q2')]),
    action('AT_RISK', 25, [milestone('m3', '2017/18 Q3')]),
    action('OFF_TRACK', 10),
    action('NOT_STARTED', 0, [milestone('m4', '2018/19 Q1')]),
    // Completed with a milestone never marked reached: the rule is literal, it is overdue.
    action('COMPLETED', 100, [milestone('m5', '2017/18 Q1')]),
    // Cancelled: leaves the action count, the mean and every milestone figure.
    action('CANCELLED', 30, [milestone('m6', '2017/18 Q1'), milestone('m7', '2017/18 Q1', '2017-05-01')]),
  ];

  it('counts each status, milestones of counted actions only, and the mean of counted actions', () => {
    expect(progressOf(actions, quarterEndedOn('2017-10-15'))).toEqual({
      actions: 5,
      completed: 1,
      onTrack: 1,
      atRisk: 1,
      offTrack: 1,
      notStarted: 1,
      milestones: 5,
      milestonesReached: 1,
      milestonesOverdue: 2, // m2 (Q2 ended 30 Sep) and m5 (Q1); m3 and m4 not due yet
      percentComplete: 35, // (40 + 25 + 10 + 0 + 100) / 5
    });
  });

  it.each([
    ['2017-06-30', 0], // nothing has ended
    ['2017-07-01', 1], // Q1 ended: m5
    ['2017-09-30', 1], // Q2 still running on its last day
    ['2017-10-01', 2], // + m2
    ['2018-01-01', 3], // + m3
    ['2018-07-01', 4], // + m4 (due 2018/19 Q1)
  ])('on %s counts %i overdue milestones', (asOfDate, overdue) => {
    const progress = progressOf(actions, quarterEndedOn(asOfDate));
    expect(progress.milestonesOverdue).toBe(overdue);
    expect(progress.milestonesReached).toBe(1);
    expect(progress.milestones).toBe(5);
  });

  it('gives all zeros for a priority with no actions', () => {
    expect(progressOf([], quarterEndedOn('2017-10-15'))).toEqual(emptyProgress());
    expect(emptyProgress().percentComplete).toBe(0);
  });

  it('gives all zeros when the only action is cancelled', () => {
    expect(progressOf([action('CANCELLED', 80, [milestone('m', '2017/18 Q1')])], quarterEndedOn('2018-01-01'))).toEqual(emptyProgress());
  });

  it('leaves the mean unrounded', () => {
    const progress = progressOf([action('ON_TRACK', 10), action('ON_TRACK', 20), action('AT_RISK', 25)], quarterEndedOn('2017-10-15'));
    expect(progress.percentComplete).toBe(55 / 3);
    expect(progress.percentComplete).toBe(18.333333333333332);
  });
});
