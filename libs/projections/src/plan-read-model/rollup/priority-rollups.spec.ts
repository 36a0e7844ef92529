import { BOARD, FY, leicestershire } from '../../testing/leicestershire';
import { PlanReadModel } from '../plan-read-model';
import { viewsFromDocuments } from '../documents/plan-documents';
import { countyProgress, progress } from '../plan/progress.queries';
import { quarterEndedOn } from '../progress';
import type { ActionView } from '../../views';
import { evolveRollups, initialRollups, progressFromRollups } from './priority-rollups';

const action = (change: Partial<ActionView> = {}): ActionView => ({
  id: 'a1',
  planId: 'p',
  priorityId: 'asb',
  partnershipId: 'csp',
  financialYear: FY,
  title: 'Patrols',
  leadAgency: 'Police',
  leadOfficer: null,
  fundingSource: null,
  budget: null,
  status: 'NOT_STARTED',
  percentComplete: 0,
  milestones: [],
  updates: [],
  version: 1,
  completedAt: null,
  cancelledAt: null,
  cancellationReason: null,
  ...change,
});
const milestone = (id: string, dueQuarter: string, reachedOn: string | null = null) => ({ id, title: id, dueQuarter, reachedOn, evidence: null }) as never;

describe('priority roll-ups', () => {
  it('given an action, when it is updated, its old figures leave and its new ones count', () => {
    const rollups = initialRollups();
    evolveRollups(rollups, 'a1', action({ milestones: [milestone('m1', '2017/18 Q1'), milestone('m2', '2017/18 Q3')] }));
    evolveRollups(rollups, 'a2', action({ id: 'a2', status: 'ON_TRACK', percentComplete: 40 }));
    evolveRollups(rollups, 'a1', action({ status: 'AT_RISK', percentComplete: 25, milestones: [milestone('m1', '2017/18 Q1', '2017-06-01'), milestone('m2', '2017/18 Q3')] }));
    expect(progressFromRollups(rollups, ['asb'], quarterEndedOn('2018-01-02'))).toEqual({
      actions: 2,
      completed: 0,
      onTrack: 1,
      atRisk: 1,
      offTrack: 0,
      notStarted: 0,
      milestones: 2,
      milestonesReached: 1,
      milestonesOverdue: 1, // m2, due 2017/18 Q3, ended on 31 December
      percentComplete: 32.5,
    });
    expect(progressFromRollups(rollups, ['asb'], quarterEndedOn('2017-12-31')).milestonesOverdue).toBe(0);
  });

  it('a cancelled or removed action leaves every figure, and an empty priority leaves no roll-up', () => {
    const rollups = initialRollups();
    evolveRollups(rollups, 'a1', action({ status: 'ON_TRACK', percentComplete: 10, milestones: [milestone('m1', '2017/18 Q1')] }));
    evolveRollups(rollups, 'a1', action({ status: 'CANCELLED', percentComplete: 10 }));
    expect([rollups.byPriority.size, rollups.byAction.size]).toEqual([0, 0]);
    evolveRollups(rollups, 'a2', action({ id: 'a2', status: 'COMPLETED', percentComplete: 100 }));
    evolveRollups(rollups, 'a2', undefined);
    expect(progressFromRollups(rollups, ['asb'], quarterEndedOn('2018-01-02')).actions).toBe(0);
  });

  it('kept up event by event, they answer exactly what walking every action answers, on every date', () => {
    const history = leicestershire();
    const live = new PlanReadModel();
    const dates = ['2017-06-30', '2017-07-01', '2017-10-01', '2018-04-01'];
    for (const event of history.events) {
      live.apply(event);
      // The reference: the same documents loaded afresh and the figures worked out action by action.
      const views = viewsFromDocuments(live.toDocuments());
      const reloaded = PlanReadModel.fromDocuments(live.toDocuments());
      for (const date of dates) {
        const walked = progress(views, {}, date);
        expect(live.progress({}, date)).toEqual(walked);
        expect(reloaded.progress({}, date)).toEqual(walked);
        expect(live.countyProgress(BOARD, FY, date)).toEqual(countyProgress(views, BOARD, FY, date));
      }
    }
    expect(live.progress({}, '2017-10-01').length).toBeGreaterThan(0);
  });
});
