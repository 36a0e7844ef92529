import { type ActionReturnFacts, quarterReturn, quartersOf } from '@saferplan/domain';
import { type ActionView, type PlanQueries, type ReportingCalendarsView, actionAtQuarter, calendarOf, firstRecordedAt } from '@saferplan/projections';
import { reportingQuarter } from './reporting-calendar-answer';
import type { PartnershipReturnsObject } from './reporting-calendar.objects';

/** The actions of a plan, in priority order. */
export function actionsOfPlan(queries: PlanQueries, planId: string): ActionView[] {
  const plan = queries.actionPlan(planId);
  if (!plan) return [];
  return plan.priorityIds.flatMap((priorityId) => (queries.priority(priorityId)?.actionIds ?? []).map((id) => queries.action(id)).filter((a): a is ActionView => a !== undefined));
}

/** One action's return for a quarter; null when nobody reports on it (completed or cancelled by the quarter's end). */
function actionReturn(action: ActionView, quarter: string, asOfDate: string): ActionReturnFacts | null {
  if (actionAtQuarter(action, quarter, asOfDate).reporting.state === 'NOT_EXPECTED') return null;
  const update = action.updates.find((candidate) => candidate.quarter === quarter);
  const received = update !== undefined && update.status !== 'RETURNED';
  return { firstRecordedAt: received ? firstRecordedAt(update) : null, awaitingApproval: update?.status === 'SUBMITTED' };
}

/**
 * The returns tracker: every partnership (merged ones left out: they report as their successor)
 * and each quarter of the year, judged on the UK day `asOfDate`. A partnership without a plan
 * for the year is listed, marked noPlan.
 */
export function returnsOf(queries: PlanQueries, calendars: ReportingCalendarsView, financialYear: string, asOfDate: string): PartnershipReturnsObject[] {
  return queries
    .partnerships()
    .filter((partnership) => !partnership.mergedIntoId)
    .map((partnership) => {
      const plan = partnership.planIds.map((id) => queries.actionPlan(id)).find((candidate) => candidate?.financialYear === financialYear) ?? null;
      const actions = plan ? actionsOfPlan(queries, plan.id) : [];
      const calendar = calendarOf(calendars, partnership.id, financialYear);
      const quarters = quartersOf(financialYear).map((quarter) => {
        const dated = reportingQuarter(calendar, quarter);
        const facts = actions.map((action) => actionReturn(action, quarter, asOfDate)).filter((f): f is ActionReturnFacts => f !== null);
        return { ...dated, ...quarterReturn({ quarter, hasPlan: plan !== null, deadline: dated.updateDeadline, asOfDate, actions: facts }) };
      });
      return { partnershipId: partnership.id, partnershipName: partnership.name, noPlan: plan === null, planId: plan?.id ?? null, quarters };
    });
}
