/**
 * Progress as the API asks for it: per priority, per partnership's plans, and the county roll-up
 * through alignment. Current figures come from the priorities' roll-ups when the model keeps them
 * (rollup/priority-rollups.ts), figures at a quarter's end are worked out from the actions; either
 * way the as-of date only matters when asking.
 */
import type { ActionPlanView, CountyPriorityProgressView, PartnershipView, PriorityProgressView, PriorityView, ProgressView } from '../../views';
import type { PlanViews } from '../plan-views';
import { ProgressTally, type QuarterEnded, emptyProgress, quarterEndedOn } from '../progress';
import { actionAtQuarter } from '../quarter-end';
import { type PriorityRollups, progressFromRollups } from '../rollup/priority-rollups';

/**
 * What the figures are worked out for: the as-of date (UK) always; with a quarter, each action
 * as it stood at that quarter's end (actionAtQuarter) instead of its current figures.
 */
interface Moment {
  quarterEnded: QuarterEnded;
  asOfDate: string;
  quarter?: string;
  /** The model's roll-ups; only current figures (no quarter) are read from them. */
  rollups?: PriorityRollups;
}

const momentOf = (asOfDate: string, quarter?: string, rollups?: PriorityRollups): Moment => ({
  quarterEnded: quarterEndedOn(asOfDate),
  asOfDate,
  quarter,
  rollups,
});

export function priorityProgress(
  views: PlanViews,
  priorityId: string,
  asOfDate: string,
  quarter?: string,
  rollups?: PriorityRollups,
): ProgressView {
  const priority = views.plans.prioritiesById.get(priorityId);
  return priority ? progressOfPriorities(views, [priority], momentOf(asOfDate, quarter, rollups)) : emptyProgress();
}

/** One row per priority: partnership registration order, then plan, then priority. */
export function progress(
  views: PlanViews,
  filter: { partnershipId?: string; financialYear?: string },
  asOfDate: string,
  quarter?: string,
  rollups?: PriorityRollups,
): PriorityProgressView[] {
  const moment = momentOf(asOfDate, quarter, rollups);
  const rows: PriorityProgressView[] = [];
  const partnerships =
    filter.partnershipId === undefined
      ? views.partnerships.inOrder
      : [views.partnerships.byId.get(filter.partnershipId)];
  for (const partnership of partnerships) {
    if (!partnership) continue;
    for (const plan of plansOf(views, partnership)) {
      if (filter.financialYear !== undefined && plan.financialYear !== filter.financialYear) continue;
      for (const priority of prioritiesOf(views, plan)) {
        rows.push({
          partnershipId: partnership.id,
          priorityId: priority.id,
          progress: progressOfPriorities(views, [priority], moment),
        });
      }
    }
  }
  return rows;
}

/**
 * The SOG view. Only a county strategy board has one: any other partnership, or a board with no
 * plan for the year, answers an empty list and the API decides what that means.
 */
export function countyProgress(
  views: PlanViews,
  boardId: string,
  financialYear: string,
  asOfDate: string,
  quarter?: string,
  rollups?: PriorityRollups,
): CountyPriorityProgressView[] {
  const board = views.partnerships.byId.get(boardId);
  if (!board || board.kind !== 'COUNTY_STRATEGY_BOARD') return [];
  const plan = plansOf(views, board).find((candidate) => candidate.financialYear === financialYear);
  if (!plan) return [];
  const moment = momentOf(asOfDate, quarter, rollups);
  return prioritiesOf(views, plan).map((countyPriority) => {
    const aligned = alignedPriorities(views, countyPriority.id, financialYear);
    return {
      priorityId: countyPriority.id,
      aligned: aligned.map((priority) => ({
        partnershipId: priority.partnershipId,
        priorityId: priority.id,
        progress: progressOfPriorities(views, [priority], moment),
      })),
      progress: progressOfPriorities(views, aligned, moment),
    };
  });
}

function plansOf(views: PlanViews, partnership: PartnershipView): ActionPlanView[] {
  const plans: ActionPlanView[] = [];
  for (const id of partnership.planIds) {
    const plan = views.plans.plansById.get(id);
    if (plan) plans.push(plan);
  }
  return plans;
}

function prioritiesOf(views: PlanViews, plan: ActionPlanView): PriorityView[] {
  const priorities: PriorityView[] = [];
  for (const id of plan.priorityIds) {
    const priority = views.plans.prioritiesById.get(id);
    if (priority) priorities.push(priority);
  }
  return priorities;
}

/** Priorities of that financial year aligned to the target, in the same order as progress(). */
function alignedPriorities(views: PlanViews, targetPriorityId: string, financialYear: string): PriorityView[] {
  const ids = views.plans.alignedTo.get(targetPriorityId);
  if (!ids) return [];
  const rows: Array<{ priority: PriorityView; order: [number, number, number] }> = [];
  for (const id of ids) {
    const priority = views.plans.prioritiesById.get(id);
    if (!priority || priority.financialYear !== financialYear) continue;
    const partnership = views.partnerships.byId.get(priority.partnershipId);
    const plan = views.plans.plansById.get(priority.planId);
    rows.push({
      priority,
      order: [
        partnership?.registeredPosition ?? Number.MAX_SAFE_INTEGER,
        partnership ? partnership.planIds.indexOf(priority.planId) : -1,
        plan ? plan.priorityIds.indexOf(priority.id) : -1,
      ],
    });
  }
  rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return rows.map((row) => row.priority);
}

/** Roll-up over the actions of these priorities; an action reachable twice is counted once. */
function progressOfPriorities(views: PlanViews, priorities: PriorityView[], moment: Moment): ProgressView {
  if (moment.rollups && moment.quarter === undefined) {
    return progressFromRollups(
      moment.rollups,
      priorities.map((priority) => priority.id),
      moment.quarterEnded,
    );
  }
  const tally = new ProgressTally(moment.quarterEnded);
  const { quarter, asOfDate } = moment;
  const counted = priorities.length > 1 ? new Set<string>() : null;
  for (const priority of priorities) {
    const actions = views.actions.ofPriority.get(priority.id);
    if (!actions) continue;
    for (const action of actions) {
      if (counted) {
        if (counted.has(action.id)) continue;
        counted.add(action.id);
      }
      if (quarter === undefined) tally.add(action);
      else tally.addAtQuarterEnd(actionAtQuarter(action, quarter, asOfDate));
    }
  }
  return tally.result();
}
