import { foldedModel } from '../testing/plan-history';
import { BOARD, FY, leicestershire } from '../testing/leicestershire';
import { actionAtQuarter } from './quarter-end';

/** Progress "for a quarter": every action as it stood at the quarter's end, never today's figures. */
describe('progress for a quarter', () => {
  const model = foldedModel(leicestershire());
  const TODAY = '2026-12-02';

  it('counts Q1 from the Q1 updates: a3 completed and a4 cancelled in Q2 still count as they were', () => {
    expect(model.priorityProgress('nwl-asb', TODAY, '2017/18 Q1')).toEqual({
      actions: 4,
      completed: 0,
      onTrack: 2, // a1 GREEN 30, a3 GREEN 50
      atRisk: 1, // a4 AMBER 20
      offTrack: 0,
      notStarted: 1, // a2
      milestones: 2, // due by Q1: ms1 (reached 10 June), ms4 (never reached)
      milestonesReached: 1,
      milestonesOverdue: 1,
      percentComplete: 25,
    });
  });

  it('counts Q2 from the corrected Q2 update, leaves the Q3 milestone out, and differs from today', () => {
    const q2 = model.priorityProgress('nwl-asb', TODAY, '2017/18 Q2');
    expect(q2).toEqual({
      actions: 3, // a4 was cancelled on 2 September
      completed: 1,
      onTrack: 0,
      atRisk: 0,
      offTrack: 1, // a1 corrected to RED 40
      notStarted: 1,
      milestones: 2,
      milestonesReached: 1,
      milestonesOverdue: 1,
      percentComplete: 140 / 3,
    });
    expect(model.priorityProgress('nwl-asb', TODAY)).toMatchObject({ milestones: 3, milestonesOverdue: 2 });
    expect(model.progress({ financialYear: FY }, TODAY, '2017/18 Q2').find((row) => row.priorityId === 'nwl-asb')?.progress).toEqual(q2);
  });

  it('rolls the county view up from the same quarter-end figures', () => {
    const county = model.countyProgress(BOARD, FY, TODAY, '2017/18 Q1');
    const asb = county.find((row) => row.priorityId === 'county-asb')!;
    expect(asb.aligned.find((row) => row.priorityId === 'nwl-asb')?.progress).toEqual(model.priorityProgress('nwl-asb', TODAY, '2017/18 Q1'));
  });

  it('says an action with no update yet is due by the deadline day, then missing', () => {
    const a2 = model.action('a2')!;
    expect(actionAtQuarter(a2, '2017/18 Q2', '2017-10-15').reporting).toEqual({ state: 'DUE', dueBy: '2017-10-30' });
    expect(actionAtQuarter(a2, '2017/18 Q2', '2017-10-31').reporting).toEqual({ state: 'MISSING', dueBy: '2017-10-30' });
    expect(actionAtQuarter(model.action('a3')!, '2017/18 Q2', TODAY).reporting).toEqual({ state: 'NOT_EXPECTED' });
  });
});
