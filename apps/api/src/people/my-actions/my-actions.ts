import { compareQuarters, hasQuarterEnded, quarterContaining, quarterStart, quartersOf } from '@saferplan/domain';
import type { ActionView, MilestoneView, PlanQueries } from '@saferplan/projections';
import type { ReportingDeadlines } from '../../common/reporting-deadlines';
import { defaultDeadlines } from './update-deadline';

/** A quarterly update an action owes: on which quarter, by which UK day. */
export interface UpdateOwed {
  quarter: string;
  dueBy: string;
}

/** One action on a person's list, with what it owes as of a UK date. */
export interface MyActionView {
  action: ActionView;
  /** The person owns it (Action.owner). */
  owned: boolean;
  /** The person coordinates its partnership. */
  coordinated: boolean;
  /** The quarter the as-of date falls in. */
  quarter: string;
  /** The next update to record while still on time, or null when none is open. */
  updateDue: UpdateOwed | null;
  /** Updates not recorded by their deadline. */
  lateUpdates: UpdateOwed[];
  /** Milestones due in the as-of quarter and not reached. */
  milestonesDue: MilestoneView[];
  /** Milestones whose quarter has ended unreached. */
  lateMilestones: MilestoneView[];
  late: boolean;
}

export interface Me {
  personId?: string;
  /** Partnerships the person coordinates. */
  partnerships: readonly string[];
}

const isOpen = (action: ActionView) => action.status !== 'COMPLETED' && action.status !== 'CANCELLED';

/** What one open action owes on `asOfDate` (YYYY-MM-DD, UK). */
export function owedBy(action: ActionView, asOfDate: string, deadlineOf: ReportingDeadlines = defaultDeadlines): Pick<MyActionView, 'quarter' | 'updateDue' | 'lateUpdates' | 'milestonesDue' | 'lateMilestones' | 'late'> {
  const quarter = quarterContaining(asOfDate, 'asOf');
  const recorded = new Set(action.updates.map((update) => update.quarter));
  // Quarters of the action's year that have begun, have no update yet and are not closed.
  const owed = quartersOf(action.financialYear)
    .filter((each) => quarterStart(each) <= asOfDate && !recorded.has(each))
    .flatMap((each) => {
      const dueBy = deadlineOf(action.partnershipId, each);
      return dueBy === null ? [] : [{ quarter: each, dueBy }];
    });
  const lateUpdates = owed.filter((each) => asOfDate > each.dueBy);
  const updateDue = owed.find((each) => asOfDate <= each.dueBy) ?? null;
  const unreached = action.milestones.filter((milestone) => milestone.reachedOn === null);
  const milestonesDue = unreached.filter((milestone) => compareQuarters(milestone.dueQuarter, quarter) === 0);
  const lateMilestones = unreached.filter((milestone) => hasQuarterEnded(milestone.dueQuarter, asOfDate));
  return { quarter, updateDue, lateUpdates, milestonesDue, lateMilestones, late: lateUpdates.length > 0 || lateMilestones.length > 0 };
}

/**
 * Every open action the person owns or coordinates, partnership by partnership in directory
 * order, then in plan order; late ones first so nothing overdue scrolls out of sight.
 */
export function myActions(live: PlanQueries, me: Me, asOfDate: string, deadlineOf: ReportingDeadlines = defaultDeadlines): MyActionView[] {
  const mine: MyActionView[] = [];
  for (const partnership of live.partnerships()) {
    const coordinated = me.partnerships.includes(partnership.id);
    for (const planId of partnership.planIds) {
      for (const priorityId of live.actionPlan(planId)?.priorityIds ?? []) {
        for (const actionId of live.priority(priorityId)?.actionIds ?? []) {
          const action = live.action(actionId);
          if (!action || !isOpen(action)) continue;
          const owned = me.personId !== undefined && action.ownerId === me.personId;
          if (owned || coordinated) mine.push({ action, owned, coordinated, ...owedBy(action, asOfDate, deadlineOf) });
        }
      }
    }
  }
  return mine.sort((a, b) => Number(b.late) - Number(a.late));
}
