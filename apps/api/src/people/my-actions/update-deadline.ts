import { reportingDeadlineDay } from '@saferplan/domain';
import type { ReportingDeadlines } from '../../common/reporting-deadlines';

/**
 * The rule when no reporting calendar is at hand (30 days after the quarter ends,
 * libs/domain audit/reporting-deadline.ts); the resolver passes the partnerships' calendars.
 */
export const defaultDeadlines: ReportingDeadlines = (_partnershipId, quarter) => reportingDeadlineDay(quarter);
