import type { Decider } from '../shared/event';
import { checkEach, ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { parseFinancialYear } from '../shared/financial-year';
import { requireText, TEXT_LIMITS } from '../shared/text';
import type { PartnershipKind } from '../partnership/partnership.events';
import type { ActionPlanCommand, AddPriority, AlignPriority, CreateActionPlan } from './action-plan.commands';
import type { ActionPlanEvent } from './action-plan.events';

/**
 * A plan's id is derived from its partnership and year, so "one plan per partnership per
 * financial year" is enforced by the event stream itself: a second plan lands on the same stream
 * and is refused as a conflict, even when two requests race.
 */
export const actionPlanIdFor = (partnershipId: string, financialYear: string): string =>
  `${partnershipId}-${financialYear.replace('/', '-')}`;

export type PriorityState = { id: string; title: string; statutory: boolean; alignedTo: string[] };

export type ActionPlanState = {
  exists: boolean;
  planId: string | null;
  partnershipId: string | null;
  partnershipKind: PartnershipKind | null;
  financialYear: string | null;
  title: string | null;
  priorities: PriorityState[]; // in the order they were added
};

/** Only these may be aligned to: county Community Safety Agreement and Police and Crime Plan priorities. */
const ALIGNABLE_KINDS: readonly PartnershipKind[] = ['COUNTY_STRATEGY_BOARD', 'POLICE_AND_CRIME_COMMISSIONER'];

// Titles are compared the way a reader would: "Reduce re-offending " and "reduce re-offending" are one priority.
const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function requireExistingPlan(state: ActionPlanState, planId: string): asserts state is ActionPlanState & {
  exists: true;
  planId: string;
  partnershipId: string;
  financialYear: string;
} {
  if (!state.exists) throw new NotFoundError('ActionPlan', planId);
}

// Input first: the plan id is built from the financial year, so a malformed year ("2017-18")
// could otherwise land on an existing plan's stream and be answered with a misleading conflict.
function createActionPlan(command: CreateActionPlan, state: ActionPlanState): ActionPlanEvent[] {
  const { planId, partnership } = command.data;
  const [financialYear, title] = checkEach(
    () => parseFinancialYear(command.data.financialYear, 'financialYear'),
    () => requireText(command.data.title, 'title', TEXT_LIMITS.planTitle),
  );
  const expectedPlanId = actionPlanIdFor(partnership.partnershipId, financialYear);
  if (planId !== expectedPlanId) {
    throw new InvalidInputError(
      'planId',
      `planId must be "${expectedPlanId}" (one plan per partnership per financial year), not "${planId}"`,
    );
  }
  if (!partnership.exists) throw new NotFoundError('Partnership', partnership.partnershipId);
  if (state.exists) {
    throw new ConflictError(
      `Partnership ${partnership.partnershipId} already has an action plan for ${financialYear} (${planId})`,
    );
  }
  return [
    {
      type: 'ActionPlanCreated',
      data: { planId, partnershipId: partnership.partnershipId, partnershipKind: partnership.kind, financialYear, title },
    },
  ];
}

function addPriority(command: AddPriority, state: ActionPlanState): ActionPlanEvent[] {
  const { planId, priorityId } = command.data;
  requireExistingPlan(state, planId);
  const title = requireText(command.data.title, 'title', TEXT_LIMITS.priorityTitle);
  if (state.priorities.some((priority) => priority.id === priorityId)) {
    throw new ConflictError(`Priority ${priorityId} is already in action plan ${planId}`);
  }
  const namesake = state.priorities.find((priority) => sameTitle(priority.title, title));
  if (namesake) {
    throw new ConflictError(`Action plan ${planId} already has a priority titled "${namesake.title}"`, 'title');
  }
  return [{ type: 'PriorityAdded', data: { planId, priorityId, title, statutory: command.data.statutory === true } }];
}

function alignPriority(command: AlignPriority, state: ActionPlanState): ActionPlanEvent[] {
  const { planId, priorityId, target } = command.data;
  requireExistingPlan(state, planId);
  const priority = state.priorities.find((candidate) => candidate.id === priorityId);
  if (!priority) throw new NotFoundError('Priority', priorityId);
  if (!target.exists) throw new NotFoundError('Priority', target.priorityId);
  if (target.planId === planId) {
    throw new InvalidInputError(
      'alignedToPriorityId',
      `alignedToPriorityId must be a priority of another plan: ${target.priorityId} is in the same plan as ${priorityId}`,
    );
  }
  if (!ALIGNABLE_KINDS.includes(target.partnershipKind)) {
    throw new InvalidInputError(
      'alignedToPriorityId',
      `alignedToPriorityId must be a priority of a COUNTY_STRATEGY_BOARD or POLICE_AND_CRIME_COMMISSIONER plan: ` +
        `${target.priorityId} belongs to a ${target.partnershipKind} plan`,
    );
  }
  // The county view rolls district priorities up by financial year; an alignment across years
  // would silently never be counted.
  if (target.financialYear !== state.financialYear) {
    throw new InvalidInputError(
      'alignedToPriorityId',
      `alignedToPriorityId must be a priority of a ${state.financialYear} plan: ` +
        `${target.priorityId} is in a ${target.financialYear} plan`,
    );
  }
  if (priority.alignedTo.includes(target.priorityId)) return [];
  return [
    {
      type: 'PriorityAligned',
      data: {
        planId,
        priorityId,
        alignedToPriorityId: target.priorityId,
        alignedToPlanId: target.planId,
        alignedToPartnershipId: target.partnershipId,
      },
    },
  ];
}

export const actionPlanDecider: Decider<ActionPlanState, ActionPlanCommand, ActionPlanEvent> = {
  initialState: () => ({
    exists: false,
    planId: null,
    partnershipId: null,
    partnershipKind: null,
    financialYear: null,
    title: null,
    priorities: [],
  }),

  decide(command, state) {
    switch (command.type) {
      case 'CreateActionPlan':
        return createActionPlan(command, state);
      case 'AddPriority':
        return addPriority(command, state);
      case 'AlignPriority':
        return alignPriority(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ActionPlanCreated':
        return { ...state, exists: true, ...event.data };
      case 'PriorityAdded': {
        const { priorityId, title, statutory } = event.data;
        return { ...state, priorities: [...state.priorities, { id: priorityId, title, statutory, alignedTo: [] }] };
      }
      case 'PriorityAligned': {
        const { priorityId, alignedToPriorityId } = event.data;
        return {
          ...state,
          priorities: state.priorities.map((priority) =>
            priority.id === priorityId ? { ...priority, alignedTo: [...priority.alignedTo, alignedToPriorityId] } : priority,
          ),
        };
      }
      default:
        return state;
    }
  },
};
