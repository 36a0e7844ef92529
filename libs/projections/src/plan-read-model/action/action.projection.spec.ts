import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { PriorityView } from '../../views';
import { ProjectionSpecification } from '../../testing/projection-specification';
import { PlanHistory } from '../../testing/plan-history';
import { FY, NWL, leicestershire, nwlPlan } from '../../testing/leicestershire';
import type { ReadModelDocumentKind } from '../read-model-documents';
import { type ActionsView, evolveActions, initialActions } from './action.projection';

/** The priorities an action projection lists new actions under: only NWL's ASB priority is known. */
function nwlAsbOnly(): Map<string, PriorityView> {
  const priority: PriorityView = {
    id: 'nwl-asb', planId: 'nwl-2017', partnershipId: NWL, financialYear: FY,
    title: 'Increasing community confidence by addressing ASB', statutory: false, alignedToPriorityIds: [], actionIds: [],
  };
  return new Map([[priority.id, priority]]);
}

const given = ProjectionSpecification.for<ActionsView>({ initial: () => initialActions(nwlAsbOnly()), evolve: evolveActions });

describe('action projection', () => {
  it('lists new actions under their known priority, following the same objects for roll-ups', () => {
    given(leicestershire().events).then((view) => {
      expect(view.priorities.get('nwl-asb')!.actionIds).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(view.ofPriority.get('nwl-asb')).toEqual(['a1', 'a2', 'a3', 'a4'].map((id) => view.byId.get(id)));
      expect(view.ofPriority.get('nwl-asb')![0]).toBe(view.byId.get('a1'));
      expect(view.byId.get('a5')?.priorityId).toBe('charnwood-asb'); // kept, though its priority is unknown here
      expect(view.ofPriority.has('charnwood-asb')).toBe(false);
    });
  });

  it('takes status and percentComplete from the latest quarter reported, a correction replacing its quarter', () => {
    given(leicestershire().events).then((view) => {
      const a1 = view.byId.get('a1')!;
      expect([a1.status, a1.percentComplete, a1.version]).toEqual(['OFF_TRACK', 40, 7]);
      expect(a1.updates.map((u) => [u.quarter, u.rag, u.recordedBy, u.correctionReason, u.previousVersions.length])).toEqual([
        ['2017/18 Q1', 'GREEN', 'alice', null, 0],
        ['2017/18 Q2', 'RED', 'anonymous', 'Figures overstated', 1],
      ]);
      expect(a1.updates[1].previousVersions[0]).toEqual({
        quarter: '2017/18 Q2', rag: 'AMBER', percentComplete: 45, narrative: 'Staff shortage',
        recordedAt: '2017-10-04T10:00:00.000Z', recordedBy: 'alice', correctionReason: null,
      });
      const a5 = view.byId.get('a5')!; // Q2 recorded before a late Q1
      expect([a5.status, a5.percentComplete, a5.updates.map((u) => u.quarter)]).toEqual(['ON_TRACK', 70, ['2017/18 Q1', '2017/18 Q2']]);
    });
  });

  it('schedules and reaches milestones, and marks the action completed or cancelled', () => {
    given(leicestershire().events).then((view) => {
      expect(view.byId.get('a1')!.milestones).toEqual([
        { id: 'ms1', actionId: 'a1', title: 'Patrol plan agreed', dueQuarter: '2017/18 Q1', reachedOn: '2017-06-10', evidence: 'Minutes of 10 June' },
        { id: 'ms2', actionId: 'a1', title: 'Hotspot review', dueQuarter: '2017/18 Q2', reachedOn: null, evidence: null },
      ]);
      expect(view.byId.get('a2')).toMatchObject({ status: 'NOT_STARTED', percentComplete: 0, fundingSource: 'PCC grant', budget: 12500.5 });
      expect(view.byId.get('a3')).toMatchObject({ status: 'COMPLETED', percentComplete: 100, completedAt: '2017-09-01T09:00:00.000Z' });
      expect(view.byId.get('a4')).toMatchObject({ status: 'CANCELLED', percentComplete: 20, cancellationReason: 'Funding withdrawn' });
    });
  });

  it('keeps the first creation and schedule of an id, and ignores events for an action it does not know', () => {
    const h = new PlanHistory();
    const where = { ...nwlPlan, priorityId: 'nwl-asb' };
    h.createAction('a1', where, { title: 'First' });
    h.createAction('a1', where, { title: 'Second' });
    h.scheduleMilestone('a1', 'ms1', '2017/18 Q1', 'Once');
    h.scheduleMilestone('a1', 'ms1', '2017/18 Q2', 'Twice');
    h.recordUpdate('ghost', '2017/18 Q1', 'GREEN', 10);
    given(h.events).then((view) => {
      expect([...view.byId.keys()]).toEqual(['a1']);
      expect(view.byId.get('a1')).toMatchObject({ title: 'First', version: 4, milestones: [expect.objectContaining({ title: 'Once' })] });
      expect(view.priorities.get('nwl-asb')!.actionIds).toEqual(['a1']);
    });
  });

  it('keeps the latest owner of an action beside its lead officer text', () => {
    const h = new PlanHistory();
    h.createAction('a1', { ...nwlPlan, priorityId: 'nwl-asb' }, { title: 'Joint patrols' });
    h.record('action-a1', { type: 'ActionOwnerAssigned', data: { actionId: 'a1', personId: 'dan' } });
    h.record('action-a1', { type: 'ActionOwnerAssigned', data: { actionId: 'a1', personId: 'sam' } });
    given(h.events).then((view) => {
      expect(view.byId.get('a1')).toMatchObject({ ownerId: 'sam', version: 3 });
    });
  });

  it('reports the action and priority documents each event changed', () => {
    const h = new PlanHistory();
    const view = initialActions(nwlAsbOnly());
    const touchedBy = (event: RecordedEvent) => {
      const touched: Array<[ReadModelDocumentKind, string]> = [];
      evolveActions(view, event, (kind, id) => touched.push([kind, id]));
      return touched;
    };
    expect(touchedBy(h.createAction('a1', { ...nwlPlan, priorityId: 'nwl-asb' }))).toEqual([['action', 'a1'], ['priority', 'nwl-asb'], ['action', 'a1']]);
    expect(touchedBy(h.recordUpdate('a1', '2017/18 Q1', 'GREEN', 10))).toEqual([['action', 'a1'], ['action', 'a1']]);
    expect(touchedBy(h.recordUpdate('ghost', '2017/18 Q1', 'GREEN', 10))).toEqual([]);
    expect(touchedBy(h.createPlan('nwl-2017', NWL, FY))).toEqual([]);
  });
});
