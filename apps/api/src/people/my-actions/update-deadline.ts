import { reportingDeadlineDay } from '@saferplan/domain';
import type { DeadlineOf } from '../../common/update-deadlines';

export type { DeadlineOf };

/**
 * The rule when no reporting calendar is at hand (30 days after the quarter ends,
 * libs/domain audit/reporting-deadline.ts); the resolver passes the partnerships' calendars.
 */
export const defaultDeadlineOf: DeadlineOf = (quarter) => reportingDeadlineDay(quarter);
