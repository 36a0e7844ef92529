/**
 * The reporting calendars and approval settings of every partnership: what the returns tracker,
 * the approval rule and (later) reminders read. A pure fold over the calendar and approval
 * streams, reusing the calendar decider's own evolve so the deadline rule exists once.
 */
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { type ReportingCalendarState, initialReportingCalendar, reportingCalendarDecider, updateDeadline } from '@saferplan/domain/reporting-calendar/reporting-calendar.decider';
import type { ReportingCalendarEvent } from '@saferplan/domain/reporting-calendar/reporting-calendar.events';
import { financialYearOfQuarter } from '@saferplan/domain/shared/financial-year';

export interface ReportingCalendarsView {
  /** `${partnershipId} ${financialYear}` -> that year's calendar. */
  readonly calendars: Map<string, ReportingCalendarState>;
  /** Partnerships that want contributors' updates approved. */
  readonly approvalRequired: Set<string>;
}

export const initialReportingCalendars = (): ReportingCalendarsView => ({ calendars: new Map(), approvalRequired: new Set() });

const keyOf = (partnershipId: string, financialYear: string) => `${partnershipId} ${financialYear}`;

export function evolveReportingCalendars(view: ReportingCalendarsView, event: RecordedEvent): ReportingCalendarsView {
  switch (event.type) {
    case 'ReportingCalendarSet':
    case 'ReportingQuarterClosed': {
      const known = event as unknown as ReportingCalendarEvent;
      const key = keyOf(known.data.partnershipId, known.data.financialYear);
      view.calendars.set(key, reportingCalendarDecider.evolve(view.calendars.get(key) ?? initialReportingCalendar(), known));
      break;
    }
    case 'UpdateApprovalRequirementSet': {
      const { partnershipId, on } = event.data as { partnershipId: string; on: boolean };
      if (on) view.approvalRequired.add(partnershipId);
      else view.approvalRequired.delete(partnershipId);
      break;
    }
  }
  return view;
}

/** A partnership's calendar for a year, or null when none was set and nothing closed. */
export function calendarOf(view: ReportingCalendarsView, partnershipId: string, financialYear: string): ReportingCalendarState | null {
  return view.calendars.get(keyOf(partnershipId, financialYear)) ?? null;
}

/** The read-model lookup of "the update deadline of partnership P, quarter Q" (a UK day). */
export function updateDeadlineIn(view: ReportingCalendarsView, partnershipId: string, quarter: string): string {
  return updateDeadline(calendarOf(view, partnershipId, financialYearOfQuarter(quarter)), quarter);
}
