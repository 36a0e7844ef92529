/**
 * Figures the dashboard derives from what the API returns: the plan's current quarter, the
 * exceptions list and the series behind the charts. Pure functions, so a spec pins the numbers.
 * Quarters come from the domain's one financial-year module, never parsed here.
 */
import {
  compareQuarters,
  financialYearEnd,
  financialYearStart,
  longUkDate,
  nextQuarter,
  quarterContaining,
  quartersOf,
  ukDate,
} from '@saferplan/domain/shared/financial-year';
import { actionAtQuarterEnd } from '@saferplan/domain/action/action-at-quarter-end';
import { reportingDeadlineDay } from '@saferplan/domain/audit/reporting-deadline';
import type { Action, Partnership, Plan, Priority, Rag } from './model';

export { nextQuarter, quartersOf, ukDate };

/** "Updates for 2017/18 Q2 are due by 30 October 2017": the reporting deadline, in a reader's words. */
export function updatesDueBy(quarter: string): string {
  return longUkDate(reportingDeadlineDay(quarter));
}

/**
 * The quarter of the plan's year that updates are expected for at a date: the quarter the date
 * falls in while the year runs, Q4 once the year is over, none before it starts.
 */
export function currentQuarterOf(financialYear: string, asOfDate: string): string | null {
  if (asOfDate < financialYearStart(financialYear)) return null;
  if (asOfDate > financialYearEnd(financialYear)) return quartersOf(financialYear)[3];
  return quarterContaining(asOfDate);
}

export interface ExceptionRow {
  kind: 'OFF_TRACK' | 'OVERDUE_MILESTONE' | 'MISSING_UPDATE';
  partnership: { id: string; name: string };
  priority: { id: string; title: string };
  action: { id: string; title: string; leadAgency: string };
  detail: string;
}

/**
 * What the SOG must look at for one quarter of a financial year (by default the current one), in
 * partnership and plan order: each action as it stood at the quarter's end (the domain's
 * actionAtQuarterEnd, as the board pack reads it). An update counts as missing only once its
 * reporting deadline has passed on the as-of date; before that it is due, not an exception.
 */
export function exceptionsOf(
  partnerships: Partnership[],
  financialYear: string,
  asOfDate: string,
  quarter: string | null = currentQuarterOf(financialYear, asOfDate),
): ExceptionRow[] {
  const rows: ExceptionRow[] = [];
  if (!quarter) return rows;
  for (const partnership of partnerships) {
    for (const plan of partnership.plans.filter((p) => p.financialYear === financialYear)) {
      for (const priority of plan.priorities) {
        for (const action of priority.actions) {
          const at = {
            partnership: { id: partnership.id, name: partnership.name },
            priority: { id: priority.id, title: priority.title },
            action: { id: action.id, title: action.title, leadAgency: action.leadAgency },
          };
          const figures = atQuarterEnd(action, quarter, asOfDate);
          if (figures.status === 'OFF_TRACK') rows.push({ kind: 'OFF_TRACK', ...at, detail: `Off track at ${figures.percentComplete}% complete` });
          for (const { milestone } of figures.milestones.filter((m) => m.status === 'OVERDUE')) {
            rows.push({ kind: 'OVERDUE_MILESTONE', ...at, detail: `"${milestone.title}" was due in ${milestone.dueQuarter}` });
          }
          if (figures.reporting.state === 'MISSING') {
            rows.push({ kind: 'MISSING_UPDATE', ...at, detail: `No update for ${quarter} (due by ${longUkDate(figures.reporting.dueBy)})` });
          }
        }
      }
    }
  }
  return rows;
}

/**
 * The tree gives the dashboard an action's status at the moment viewed, not the day it was
 * completed or cancelled, so such an action counts as closed in every quarter: nobody is asked
 * for its updates and it is never off track (as before quarters were worked out at their end).
 */
const CLOSED_THROUGHOUT = '0000-01-01';

function atQuarterEnd(action: Action, quarter: string, asOfDate: string) {
  return actionAtQuarterEnd(
    {
      updates: action.updates,
      milestones: action.milestones,
      completedOn: action.status === 'COMPLETED' ? CLOSED_THROUGHOUT : null,
      cancelledOn: action.status === 'CANCELLED' ? CLOSED_THROUGHOUT : null,
    },
    quarter,
    asOfDate,
  );
}

/** The update an action reported for a quarter, or its latest earlier one. */
function reportedBy(action: Action, quarter: string) {
  let best: Action['updates'][number] | undefined;
  for (const update of action.updates) {
    if (compareQuarters(update.quarter, quarter) <= 0 && (!best || compareQuarters(update.quarter, best.quarter) > 0)) best = update;
  }
  return best;
}

/**
 * A priority's % complete as reported for each quarter of its plan's year: the mean over its
 * counted (not cancelled) actions of the latest update up to that quarter, 0 before the first.
 */
export function progressByQuarter(priority: Priority, financialYear: string): Array<{ quarter: string; percent: number }> {
  const counted = priority.actions.filter((a) => a.status !== 'CANCELLED');
  return quartersOf(financialYear).map((quarter) => {
    if (counted.length === 0) return { quarter, percent: 0 };
    const total = counted.reduce((sum, action) => sum + (reportedBy(action, quarter)?.percentComplete ?? 0), 0);
    return { quarter, percent: Math.round((total / counted.length) * 10) / 10 };
  });
}

export interface RagMix {
  quarter: string;
  GREEN: number;
  AMBER: number;
  RED: number;
  /** Counted actions with no update for the quarter. */
  NONE: number;
}

/** How many of a plan set's counted actions reported each RAG for each quarter of the year. */
export function ragMixByQuarter(plans: Plan[], financialYear: string): RagMix[] {
  const actions = plans.flatMap((plan) => plan.priorities.flatMap((p) => p.actions)).filter((a) => a.status !== 'CANCELLED');
  return quartersOf(financialYear).map((quarter) => {
    const mix: RagMix = { quarter, GREEN: 0, AMBER: 0, RED: 0, NONE: 0 };
    for (const action of actions) {
      const rag: Rag | undefined = action.updates.find((u) => u.quarter === quarter)?.rag;
      mix[rag ?? 'NONE'] += 1;
    }
    return mix;
  });
}

/** Financial years that have at least one plan, latest first. */
export function yearsOf(partnerships: Partnership[]): string[] {
  const years = new Set(partnerships.flatMap((p) => p.plans.map((plan) => plan.financialYear)));
  return [...years].sort().reverse();
}
