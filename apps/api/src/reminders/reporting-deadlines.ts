/**
 * The last UK day on which a partnership's update for a quarter is on time. The seam to the
 * reporting calendar (per partnership and year): reminder-deadlines.ts at the top of the app
 * provides it.
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string | null;

/**
 * Opens the deadlines of these partnerships and years for one reminder run; provided under
 * REPORTING_DEADLINES (the calendar replaces it). A quarter answered null is not chased (closed).
 */
export type OpenReportingDeadlines = (scope: { partnershipIds: string[]; financialYears: string[] }) => Promise<ReportingDeadlines>;
export const REPORTING_DEADLINES = Symbol('REPORTING_DEADLINES');
