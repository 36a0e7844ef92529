/**
 * The last UK day (YYYY-MM-DD) on which a partnership's update for a quarter is on time, or null
 * when the quarter is closed and takes no more updates (so nothing is due or chased).
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string | null;

/**
 * Opens the deadlines of these partnerships and years, as the reporting calendar stood at `asOf`
 * (now when absent). The one way features ask for deadlines without reaching into the reporting
 * calendar's folder: reminder-deadlines.ts at the top of the app provides it under
 * REPORTING_DEADLINES; reminders and My actions inject it.
 */
export type OpenReportingDeadlines = (scope: { partnershipIds: string[]; financialYears: string[]; asOf?: Date | null }) => Promise<ReportingDeadlines>;
export const REPORTING_DEADLINES = Symbol('REPORTING_DEADLINES');
