import { reportingDeadlineDay } from '@saferplan/domain';

/**
 * The last UK day on which a partnership's update for a quarter is on time. The seam to the
 * reporting calendar (per partnership and year, issue 17 part 1): until it lands, every
 * partnership has the 30-days-after-quarter-end rule the views already use.
 */
export type ReportingDeadlines = (partnershipId: string, quarter: string) => string;

export const thirtyDayDeadlines: ReportingDeadlines = (_partnershipId, quarter) => reportingDeadlineDay(quarter);
