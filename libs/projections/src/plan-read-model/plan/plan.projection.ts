import { streams } from '@saferplan/domain/events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { ActionPlanView, PartnershipView, PriorityView } from '../../views';
import { type On, type Recorded, type Touched, countStreamVersion, untouched } from '../projection';

const STREAM_PREFIX = streams.actionPlan('');

/** Plans and their priorities, which live in the plan's stream. */
export interface PlansView {
  /** The partnership view this one lists each new plan under (its planIds). */
  readonly partnerships: ReadonlyMap<string, PartnershipView>;
  readonly plansById: Map<string, ActionPlanView>;
  readonly prioritiesById: Map<string, PriorityView>;
  /** county / PCC priority id -> ids of the priorities aligned to it. Derived, never stored. */
  readonly alignedTo: Map<string, Set<string>>;
}

export const initialPlans = (partnerships: ReadonlyMap<string, PartnershipView>): PlansView => ({
  partnerships,
  plansById: new Map(),
  prioritiesById: new Map(),
  alignedTo: new Map(),
});

export function evolvePlans(view: PlansView, event: RecordedEvent, touched: Touched = untouched): PlansView {
  const known = event as Recorded;
  switch (known.type) {
    case 'ActionPlanCreated':
      createPlan(view, known, touched);
      break;
    case 'PriorityAdded':
      addPriority(view, known, touched);
      break;
    case 'PriorityAligned':
      alignPriority(view, known, touched);
      break;
  }
  countStreamVersion(view.plansById, STREAM_PREFIX, 'plan', event, touched);
  return view;
}

/** Indexes one alignment for the county view; also used when stored priorities are loaded. */
export function indexAlignment(view: PlansView, priorityId: string, alignedToPriorityId: string): void {
  let aligned = view.alignedTo.get(alignedToPriorityId);
  if (!aligned) {
    aligned = new Set();
    view.alignedTo.set(alignedToPriorityId, aligned);
  }
  aligned.add(priorityId);
}

function createPlan(view: PlansView, event: On<'ActionPlanCreated'>, touched: Touched): void {
  const { planId, partnershipId, financialYear, title } = event.data;
  if (view.plansById.has(planId)) return;
  view.plansById.set(planId, { id: planId, partnershipId, title, financialYear, version: 0, priorityIds: [] });
  touched('plan', planId);
  const partnership = view.partnerships.get(partnershipId);
  if (partnership && !partnership.planIds.includes(planId)) {
    partnership.planIds.push(planId);
    touched('partnership', partnershipId);
  }
}

function addPriority(view: PlansView, event: On<'PriorityAdded'>, touched: Touched): void {
  const { planId, priorityId, title, statutory } = event.data;
  if (view.prioritiesById.has(priorityId)) return;
  const plan = view.plansById.get(planId);
  view.prioritiesById.set(priorityId, {
    id: priorityId,
    planId,
    // Copied from the plan so a priority alone answers "whose and which year" without lookups.
    partnershipId: plan?.partnershipId ?? '',
    financialYear: plan?.financialYear ?? '',
    title,
    statutory,
    alignedToPriorityIds: [],
    actionIds: [],
  });
  touched('priority', priorityId);
  if (plan && !plan.priorityIds.includes(priorityId)) {
    plan.priorityIds.push(priorityId);
    touched('plan', planId);
  }
}

function alignPriority(view: PlansView, event: On<'PriorityAligned'>, touched: Touched): void {
  const { priorityId, alignedToPriorityId } = event.data;
  const priority = view.prioritiesById.get(priorityId);
  if (!priority || priority.alignedToPriorityIds.includes(alignedToPriorityId)) return;
  priority.alignedToPriorityIds.push(alignedToPriorityId);
  indexAlignment(view, priorityId, alignedToPriorityId);
  touched('priority', priorityId);
}
