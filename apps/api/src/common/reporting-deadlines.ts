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

// Per GraphQL request (keyed by its context object), each partnership's year is opened once,
// however many updates in the answer ask for their deadline.
const deadlinesOfRequest = new WeakMap<object, Map<string, Promise<ReportingDeadlines>>>();

/**
 * The deadline day of one partnership's quarter as the calendar stood at `asOf`, closed quarters
 * included: what `late` and `reportingDeadline` of an update are judged by.
 */
export async function deadlineOfUpdate(
  open: OpenReportingDeadlines,
  request: object,
  at: { partnershipId: string; quarter: string; financialYear: string; asOf: Date | null },
): Promise<string> {
  let opened = deadlinesOfRequest.get(request);
  if (!opened) {
    opened = new Map();
    deadlinesOfRequest.set(request, opened);
  }
  const key = `${at.partnershipId}\u0000${at.financialYear}\u0000${at.asOf?.toISOString() ?? ''}`;
  let deadlines = opened.get(key);
  if (!deadlines) {
    deadlines = open({ partnershipIds: [at.partnershipId], financialYears: [at.financialYear], asOf: at.asOf, closedToo: true });
    opened.set(key, deadlines);
  }
  return (await deadlines)(at.partnershipId, at.quarter) as string;
}

