/**
 * The last UK day (YYYY-MM-DD) on which a partnership's update for a quarter is on time, or null
 * when the quarter is closed and takes no more updates (so nothing is due or chased).
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string | null;

/** Which partnerships and years to open, as the reporting calendar stood at `asOf` (now when absent). */
export interface DeadlineScope {
  partnershipIds: string[];
  financialYears: string[];
  asOf?: Date | null;
  /**
   * Judging lateness rather than chasing: a closed quarter answers its deadline too instead of
   * null (an update recorded before the close was still on time or late by that day).
   */
  closedToo?: boolean;
}

/**
 * Opens the deadlines of these partnerships and years. The one way features ask for deadlines
 * without reaching into the reporting calendar's folder: reminder-deadlines.ts at the top of the
 * app provides it under REPORTING_DEADLINES; reminders, My actions and QuarterlyUpdate.late
 * inject it.
 */
export type OpenReportingDeadlines = (scope: DeadlineScope) => Promise<ReportingDeadlines>;
export const REPORTING_DEADLINES = Symbol('REPORTING_DEADLINES');

// Per read scope (one per GraphQL request and moment, shared by every object of its answer),
// each partnership's year is opened once, however many updates in the answer ask for it; once open, later updates get their
// day synchronously, so a tree of thousands of updates does not await a promise per field.
interface Opened {
  deadlines: Promise<ReportingDeadlines>;
  ready?: ReportingDeadlines;
}
const deadlinesOfScope = new WeakMap<object, Map<string, Opened>>();

/**
 * The deadline day of one partnership's quarter as the calendar stood at the scope's `asOf`, closed quarters
 * included: what `late` and `reportingDeadline` of an update are judged by. A value when that
 * partnership's year is already open in this request, else a promise of it.
 */
export function deadlineOfUpdate(
  open: OpenReportingDeadlines,
  scope: { asOf: Date | null },
  at: { partnershipId: string; quarter: string; financialYear: string },
): string | Promise<string> {
  let opened = deadlinesOfScope.get(scope);
  if (!opened) {
    opened = new Map();
    deadlinesOfScope.set(scope, opened);
  }
  const key = `${at.partnershipId}\u0000${at.financialYear}`;
  let entry = opened.get(key);
  if (!entry) {
    const deadlines = open({ partnershipIds: [at.partnershipId], financialYears: [at.financialYear], asOf: scope.asOf, closedToo: true });
    const created: Opened = { deadlines };
    void deadlines.then((ready) => (created.ready = ready), () => undefined);
    opened.set(key, created);
    entry = created;
  }
  if (entry.ready) return entry.ready(at.partnershipId, at.quarter) as string;
  return entry.deadlines.then((deadlines) => deadlines(at.partnershipId, at.quarter) as string);
}
