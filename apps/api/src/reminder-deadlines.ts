import type { Provider } from '@nestjs/common';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { financialYearOfQuarter } from '@saferplan/domain';
import { calendarOf, updateDeadlineIn } from '@saferplan/projections';
import { ReportingCalendars } from './reporting-calendar/reporting-calendars';
import { type OpenReportingDeadlines, REPORTING_DEADLINES } from './common/reporting-deadlines';

/**
 * Reminders' deadlines from the reporting calendar: each partnership's update deadline for the
 * quarter (30 days after its end unless the calendar says otherwise); a closed quarter takes no
 * more updates, so it is not chased (unless `closedToo`: lateness is judged by it). Composed here, above both features.
 */
export function calendarDeadlines(store: EventStore): OpenReportingDeadlines {
  const calendars = new ReportingCalendars(store);
  return async ({ partnershipIds, financialYears, asOf, closedToo }) => {
    const view = await calendars.view(partnershipIds, financialYears, asOf);
    // A tree of updates asks the same few quarters thousands of times: each is worked out once.
    const known = new Map<string, string | null>();
    return (partnershipId, quarter) => {
      const key = `${partnershipId}\u0000${quarter}`;
      let deadline = known.get(key);
      if (deadline === undefined) {
        const closed = !closedToo && calendarOf(view, partnershipId, financialYearOfQuarter(quarter))?.closed[quarter];
        deadline = closed ? null : updateDeadlineIn(view, partnershipId, quarter);
        known.set(key, deadline);
      }
      return deadline;
    };
  };
}

export const CALENDAR_DEADLINES: Provider = { provide: REPORTING_DEADLINES, useFactory: calendarDeadlines, inject: [EVENT_STORE] };
