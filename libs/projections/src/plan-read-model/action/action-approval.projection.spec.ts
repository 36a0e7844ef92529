import { streams } from '@saferplan/domain/events';
import type { PriorityView } from '../../views';
import { PlanHistory } from '../../testing/plan-history';
import { ProjectionSpecification } from '../../testing/projection-specification';
import { actionAtQuarter } from '../quarter-end';
import { type ActionsView, evolveActions, initialActions } from './action.projection';

const priority = (): Map<string, PriorityView> =>
  new Map([['asb', { id: 'asb', planId: 'p', partnershipId: 'nwl', financialYear: '2017/18', title: 'ASB', statutory: false, alignedToPriorityIds: [], actionIds: [] }]]);
const given = ProjectionSpecification.for<ActionsView>({ initial: () => initialActions(priority()), evolve: evolveActions });
const figures = (quarter: string, rag: string, percentComplete: number) => ({ actionId: 'a1', quarter, rag, percentComplete, narrative: 'n' });

function history(): PlanHistory {
  const h = new PlanHistory();
  h.createAction('a1', { planId: 'p', partnershipId: 'nwl', priorityId: 'asb', financialYear: '2017/18' }, { title: 'Patrols' });
  h.record(streams.action('a1'), { type: 'QuarterlyUpdateRecorded', data: figures('2017/18 Q1', 'GREEN', 20) });
  h.record(streams.action('a1'), { type: 'QuarterlyUpdateRecorded', data: { ...figures('2017/18 Q2', 'RED', 35), status: 'SUBMITTED' } }, { actor: 'contributor' });
  return h;
}

describe('action projection: approval and closed quarters', () => {
  it('shows a submitted update but keeps the figures of the counted ones', () => {
    given(history().events).then((view) => {
      const a1 = view.byId.get('a1')!;
      expect(a1.updates.map((u) => [u.quarter, u.status])).toEqual([['2017/18 Q1', undefined], ['2017/18 Q2', 'SUBMITTED']]);
      expect([a1.status, a1.percentComplete]).toEqual(['ON_TRACK', 20]);
      expect(actionAtQuarter(a1, '2017/18 Q2', '2017-12-01')).toMatchObject({ status: 'ON_TRACK', percentComplete: 20, update: null, reporting: { state: 'MISSING' } });
    });
  });

  it('an approved update counts; a returned one carries the comment and does not', () => {
    const approved = history();
    approved.record(streams.action('a1'), { type: 'QuarterlyUpdateApproved', data: { actionId: 'a1', quarter: '2017/18 Q2' } });
    given(approved.events).then((view) => {
      const a1 = view.byId.get('a1')!;
      expect([a1.status, a1.percentComplete, a1.updates[1].status]).toEqual(['OFF_TRACK', 35, undefined]);
    });
    const returned = history();
    returned.record(streams.action('a1'), { type: 'QuarterlyUpdateReturned', data: { actionId: 'a1', quarter: '2017/18 Q2', comment: 'Which streets?' } });
    given(returned.events).then((view) => {
      const a1 = view.byId.get('a1')!;
      expect([a1.percentComplete, a1.updates[1].status, a1.updates[1].returnComment]).toEqual([20, 'RETURNED', 'Which streets?']);
    });
  });

  it('a correction after the close is flagged', () => {
    const h = history();
    h.record(streams.action('a1'), { type: 'QuarterlyUpdateCorrected', data: { ...figures('2017/18 Q1', 'AMBER', 15), reason: 'Double count', afterClose: true } });
    given(h.events).then((view) => {
      const q1 = view.byId.get('a1')!.updates[0];
      expect([q1.afterClose, q1.correctionReason, q1.previousVersions[0].afterClose]).toEqual([true, 'Double count', undefined]);
    });
  });
});
