import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { PartnershipView } from '../../views';
import { ProjectionSpecification } from '../../testing/projection-specification';
import { PlanHistory } from '../../testing/plan-history';
import { BOARD, FY, NWL, leicestershire } from '../../testing/leicestershire';
import type { ReadModelDocumentKind } from '../read-model-documents';
import { type PlansView, evolvePlans, initialPlans } from './plan.projection';

/** The partnerships a plan projection lists new plans under: NWL is known, the board is not. */
function nwlOnly(): Map<string, PartnershipView> {
  const nwl: PartnershipView = {
    id: NWL, name: 'North West Leicestershire CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
    version: 1, planIds: [], registeredAt: '2017-04-03T09:01:00.000Z', registeredPosition: 2,
  };
  return new Map([[NWL, nwl]]);
}

const given = ProjectionSpecification.for<PlansView>({ initial: () => initialPlans(nwlOnly()), evolve: evolvePlans });

describe('plan and priorities projection', () => {
  it('keeps each plan with its priorities in order, its version counting its stream', () => {
    given(leicestershire().events).then((view) => {
      expect(view.plansById.get('nwl-2017')).toEqual({
        id: 'nwl-2017',
        partnershipId: NWL,
        title: 'NWL Community Safety Action Plan 2017/18',
        financialYear: FY,
        version: 5, // created, two priorities, two alignments
        priorityIds: ['nwl-asb', 'nwl-reoffending'],
      });
      expect(view.prioritiesById.get('nwl-reoffending')).toEqual({
        id: 'nwl-reoffending',
        planId: 'nwl-2017',
        partnershipId: NWL, // copied from the plan
        financialYear: FY,
        title: 'Reducing re-offending',
        statutory: true,
        alignedToPriorityIds: ['county-reoffending'],
        actionIds: [], // the action projection's to fill
      });
    });
  });

  it('lists a new plan under its partnership when the partnership is known, and only once', () => {
    given(leicestershire().events).then((view) => {
      expect(view.partnerships.get(NWL)!.planIds).toEqual(['nwl-2017', 'nwl-2018']);
      expect(view.plansById.get('board-2017')?.partnershipId).toBe(BOARD); // planned, though its partnership is unknown here
    });
  });

  it('indexes alignments for the county view, each alignment once', () => {
    const h = leicestershire();
    h.alignPriority('nwl-2017', 'nwl-asb', { priorityId: 'county-asb', planId: 'board-2017', partnershipId: BOARD });
    given(h.events).then((view) => {
      expect([...view.alignedTo.get('county-asb')!]).toEqual(['charnwood-asb', 'nwl-asb', 'nwl-asb-2018']);
      expect([...view.alignedTo.get('county-reoffending')!]).toEqual(['nwl-reoffending']);
      expect(view.prioritiesById.get('nwl-asb')!.alignedToPriorityIds).toEqual(['county-asb']);
    });
  });

  it('gives a priority of a plan it does not know no partnership or year, and lists it nowhere', () => {
    const h = new PlanHistory();
    h.addPriority('ghost-plan', 'ghost-priority', 'Orphan');
    given(h.events).then((view) => {
      expect(view.prioritiesById.get('ghost-priority')).toMatchObject({ planId: 'ghost-plan', partnershipId: '', financialYear: '' });
      expect(view.plansById.size).toBe(0);
    });
  });

  it('reports the plan, priority and partnership documents each event changed', () => {
    const h = new PlanHistory();
    const view = initialPlans(nwlOnly());
    const touchedBy = (event: RecordedEvent) => {
      const touched: Array<[ReadModelDocumentKind, string]> = [];
      evolvePlans(view, event, (kind, id) => touched.push([kind, id]));
      return touched;
    };
    expect(touchedBy(h.createPlan('nwl-2017', NWL, FY))).toEqual([['plan', 'nwl-2017'], ['partnership', NWL], ['plan', 'nwl-2017']]);
    expect(touchedBy(h.addPriority('nwl-2017', 'nwl-asb', 'ASB'))).toEqual([['priority', 'nwl-asb'], ['plan', 'nwl-2017'], ['plan', 'nwl-2017']]);
    const county = { priorityId: 'county-asb', planId: 'board-2017', partnershipId: BOARD };
    expect(touchedBy(h.alignPriority('nwl-2017', 'nwl-asb', county))).toEqual([['priority', 'nwl-asb'], ['plan', 'nwl-2017']]);
    // Aligned again: the priority is as it was, only the plan's version moves.
    expect(touchedBy(h.alignPriority('nwl-2017', 'nwl-asb', county))).toEqual([['plan', 'nwl-2017']]);
    expect(touchedBy(h.registerPartnership('other', 'Other CSP'))).toEqual([]);
  });
});
