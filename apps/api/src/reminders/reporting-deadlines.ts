import { reportingDeadlineDay } from '@saferplan/domain';

/**
 * The last UK day on which a partnership's update for a quarter is on time. The seam to the
 * reporting calendar (per partnership and year, issue 17 part 1): until it lands, every
 * partnership has the 30-days-after-quarter-end rule the views already use.
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string | null;

export const thirtyDayDeadlines: ReportingDeadlines = (_partnershipId, quarter) => reportingDeadlineDay(quarter);

/**
 * Opens the deadlines of these partnerships and years for one reminder run; provided under
 * REPORTING_DEADLINES (the calendar replaces it). A quarter answered null is not chased (closed).
 */
export type OpenReportingDeadlines = (scope: { partnershipIds: string[]; financialYears: string[] }) => Promise<ReportingDeadlines>;
export const REPORTING_DEADLINES = Symbol('REPORTING_DEADLINES');
export const openThirtyDayDeadlines: OpenReportingDeadlines = async () => thirtyDayDeadlines;
