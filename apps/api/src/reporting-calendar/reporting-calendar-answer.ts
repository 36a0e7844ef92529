import { REPORTING_DAYS_AFTER_QUARTER_END, type ReportingCalendarState, boardMeeting, parseFinancialYear, quartersOf, updateDeadline } from '@saferplan/domain';
import type { ReportingCalendarObject, ReportingQuarterObject } from './reporting-calendar.objects';

/** A quarter as the calendar gives it, defaults filled in. */
export function reportingQuarter(calendar: ReportingCalendarState | null, quarter: string): ReportingQuarterObject {
  const closedOn = calendar?.closed[quarter] ?? null;
  return { quarter, updateDeadline: updateDeadline(calendar, quarter), boardMeeting: boardMeeting(calendar, quarter), closed: closedOn !== null, closedOn };
}

export function toCalendarObject(partnershipId: string, financialYear: string, calendar: ReportingCalendarState | null): ReportingCalendarObject {
  parseFinancialYear(financialYear);
  return {
    partnershipId,
    financialYear,
    updateDeadlineDays: calendar?.updateDeadlineDays ?? REPORTING_DAYS_AFTER_QUARTER_END,
    set: Object.keys(calendar?.quarters ?? {}).length > 0,
    quarters: quartersOf(financialYear).map((quarter) => reportingQuarter(calendar, quarter)),
  };
}
