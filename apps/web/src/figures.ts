/**
 * Figures the dashboard derives from what the API returns: the plan's current quarter, the
 * exceptions list and the series behind the charts. Pure functions, so a spec pins the numbers.
 * Quarters come from the domain's one financial-year module, never parsed here.
 */
import {
  compareQuarters,
  financialYearEnd,
  financialYearStart,
  nextQuarter,
  quarterContaining,
  quartersOf,
  ukDate,
} from '@saferplan/domain/shared/financial-year';
import type { Action, Partnership, Plan, Priority, Rag } from './model';

export { nextQuarter, quartersOf, ukDate };

/**
 * The quarter of the plan's year that updates are expected for at a date: the quarter the date
 * falls in while the year runs, Q4 once the year is over, none before it starts.
 */
export function currentQuarterOf(financialYear: string, asOfDate: string): string | null {
  if (asOfDate < financialYearStart(financialYear)) return null;
  if (asOfDate > financialYearEnd(financialYear)) return quartersOf(financialYear)[3];
  return quarterContaining(asOfDate);
}

const isOpen = (action: Action): boolean => action.status !== 'COMPLETED' && action.status !== 'CANCELLED';

export interface ExceptionRow {
  kind: 'OFF_TRACK' | 'OVERDUE_MILESTONE' | 'MISSING_UPDATE';
  partnership: { id: string; name: string };
  priority: { id: string; title: string };
  action: { id: string; title: string; leadAgency: string };
  detail: string;
}

/** What the SOG must look at for one financial year, in partnership and plan order. */
export function exceptionsOf(partnerships: Partnership[], financialYear: string, asOfDate: string): ExceptionRow[] {
  const rows: ExceptionRow[] = [];
  const quarter = currentQuarterOf(financialYear, asOfDate);
  for (const partnership of partnerships) {
    for (const plan of partnership.plans.filter((p) => p.financialYear === financialYear)) {
      for (const priority of plan.priorities) {
        for (const action of priority.actions) {
          const at = {
            partnership: { id: partnership.id, name: partnership.name },
            priority: { id: priority.id, title: priority.title },
            action: { id: action.id, title: action.title, leadAgency: action.leadAgency },
          };
          if (action.status === 'OFF_TRACK') rows.push({ kind: 'OFF_TRACK', ...at, detail: `Off track at ${action.percentComplete}% complete` });
          for (const milestone of action.milestones.filter((m) => m.status === 'OVERDUE')) {
            rows.push({ kind: 'OVERDUE_MILESTONE', ...at, detail: `"${milestone.title}" was due in ${milestone.dueQuarter}` });
          }
          if (quarter && isOpen(action) && !action.updates.some((u) => u.quarter === quarter)) {
            rows.push({ kind: 'MISSING_UPDATE', ...at, detail: `No update for ${quarter}` });
          }
        }
      }
    }
  }
  return rows;
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
