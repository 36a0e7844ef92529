import { reportingDeadlineDay } from '@saferplan/domain';

/**
 * The last UK day on which a partnership's update for a quarter is on time. The seam to the
 * reporting calendar (per partnership and year, issue 17 part 1): until it lands, every
 * partnership has the 30-days-after-quarter-end rule the views already use.
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string;

export const thirtyDayDeadlines: ReportingDeadlines = (_partnershipId, quarter) => reportingDeadlineDay(quarter);

/** Opens the deadlines for one reminder run; provided under REPORTING_DEADLINES (the calendar replaces it). */
export type OpenReportingDeadlines = () => Promise<ReportingDeadlines>;
export const REPORTING_DEADLINES = Symbol('REPORTING_DEADLINES');
export const openThirtyDayDeadlines: OpenReportingDeadlines = async () => thirtyDayDeadlines;
