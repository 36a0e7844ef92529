import type { Rag } from './action.events';
import { compareQuarters, hasQuarterEnded, parseIsoDate, quarterEnd } from '../shared/financial-year';
import { reportingDeadlineDay } from '../audit/reporting-deadline';

/**
 * What a view "for quarter Q" reports about one action: its figures as they stood at Q's end,
 * never today's. The board pack, progress for a quarter and the dashboard's exceptions all ask
 * this one function, so a Q2 pack cannot show the year-end status beside the Q2 update.
 *
 * Two separate inputs, as in the record: `asOfDate` (the UK date the view is worked out for,
 * which decides whether Q's update is still due or already missing, and whether a milestone's
 * quarter has ended) and `quarter` (what the view reports on). Pure: no clock.
 */

export type StatusAtQuarterEnd = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETED' | 'CANCELLED';
export type MilestoneStatusAtQuarterEnd = 'PENDING' | 'REACHED' | 'OVERDUE';

const STATUS_OF: Readonly<Record<Rag, StatusAtQuarterEnd>> = { GREEN: 'ON_TRACK', AMBER: 'AT_RISK', RED: 'OFF_TRACK' };

export interface ReportedUpdate {
  quarter: string;
  rag: Rag;
  percentComplete: number;
}

export interface ScheduledMilestone {
  dueQuarter: string;
  /** UK date it was reached, as the coordinator gave it; null while not reached. */
  reachedOn: string | null;
}

export interface ActionRecord<U extends ReportedUpdate, M extends ScheduledMilestone> {
  /** At most one per quarter: the current (possibly corrected) version of each. */
  updates: readonly U[];
  milestones: readonly M[];
  /** UK dates the action was marked completed or cancelled; null while it is not. */
  completedOn: string | null;
  cancelledOn: string | null;
}

/**
 * Whether Q's update is in: REPORTED; DUE (none yet, deadline not passed: "due by <date>");
 * MISSING (none, and the as-of date is past the deadline day); NOT_EXPECTED (the action was
 * completed or cancelled by Q's end, so nobody reports on it).
 */
export type QuarterReporting =
  | { state: 'REPORTED' }
  | { state: 'DUE'; dueBy: string }
  | { state: 'MISSING'; dueBy: string }
  | { state: 'NOT_EXPECTED' };

export interface ActionAtQuarterEnd<U, M> {
  quarter: string;
  status: StatusAtQuarterEnd;
  percentComplete: number;
  /** Q's own update, or null when none is recorded for Q. */
  update: U | null;
  /** The milestones due by Q's end, each with its status at Q's end; later ones are later quarters' business. */
  milestones: Array<{ milestone: M; status: MilestoneStatusAtQuarterEnd }>;
  reporting: QuarterReporting;
}

export function actionAtQuarterEnd<U extends ReportedUpdate, M extends ScheduledMilestone>(
  action: ActionRecord<U, M>,
  quarter: string,
  asOfDate: string,
  /** The partnership's update deadline for Q (updateDeadline of its reporting calendar); the default rule when not given. */
  deadline: string = reportingDeadlineDay(quarter),
): ActionAtQuarterEnd<U, M> {
  parseIsoDate(asOfDate, 'asOfDate');
  const end = quarterEnd(quarter);
  const update = action.updates.find((candidate) => candidate.quarter === quarter) ?? null;
  // Without Q's own update the figures stand where the latest earlier one left them; a later
  // quarter's update was not known at Q's end.
  const reported = update ?? latestBefore(action.updates, quarter);
  const milestones = action.milestones
    .filter((milestone) => compareQuarters(milestone.dueQuarter, quarter) <= 0)
    .map((milestone) => ({ milestone, status: milestoneStatusAt(milestone, end, asOfDate) }));
  const base = { quarter, update, milestones };
  if (action.completedOn !== null && action.completedOn <= end) {
    return { ...base, status: 'COMPLETED', percentComplete: 100, reporting: update ? { state: 'REPORTED' } : { state: 'NOT_EXPECTED' } };
  }
  const percentComplete = reported ? reported.percentComplete : 0;
  if (action.cancelledOn !== null && action.cancelledOn <= end) {
    return { ...base, status: 'CANCELLED', percentComplete, reporting: update ? { state: 'REPORTED' } : { state: 'NOT_EXPECTED' } };
  }
  return {
    ...base,
    status: reported ? STATUS_OF[reported.rag] : 'NOT_STARTED',
    percentComplete,
    reporting: reportingOf(update, deadline, asOfDate),
  };
}

function latestBefore<U extends ReportedUpdate>(updates: readonly U[], quarter: string): U | null {
  let latest: U | null = null;
  for (const candidate of updates) {
    if (compareQuarters(candidate.quarter, quarter) < 0 && (!latest || compareQuarters(candidate.quarter, latest.quarter) > 0)) latest = candidate;
  }
  return latest;
}

/** Reached by Q's last day; otherwise overdue once its due quarter has ended on the as-of date. */
function milestoneStatusAt(milestone: ScheduledMilestone, quarterEndDay: string, asOfDate: string): MilestoneStatusAtQuarterEnd {
  if (milestone.reachedOn !== null && milestone.reachedOn <= quarterEndDay) return 'REACHED';
  return hasQuarterEnded(milestone.dueQuarter, asOfDate) ? 'OVERDUE' : 'PENDING';
}

function reportingOf(update: ReportedUpdate | null, dueBy: string, asOfDate: string): QuarterReporting {
  if (update) return { state: 'REPORTED' };
  return asOfDate > dueBy ? { state: 'MISSING', dueBy } : { state: 'DUE', dueBy };
}
