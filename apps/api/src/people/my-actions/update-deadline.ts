import { reportingDeadlineDay } from '@saferplan/domain';

/**
 * The last UK day a partnership's update on a quarter is on time. Today every partnership keeps
 * the one rule (30 days after the quarter ends, libs/domain audit/reporting-deadline.ts); a
 * per-partnership reporting calendar replaces this one function and nothing else.
 */
export function updateDeadlineDay(quarter: string, _partnershipId: string): string {
  return reportingDeadlineDay(quarter);
}
