import type { DomainEvent } from '../shared/event';

/** One quarter of a partnership's reporting calendar: when updates are due and when the board meets. */
export interface CalendarQuarter {
  quarter: string; // e.g. "2017/18 Q1"
  updateDeadline: string; // YYYY-MM-DD, the last UK day an update is on time
  boardMeeting: string | null; // YYYY-MM-DD
}

/** The whole calendar for a partnership's year, every quarter filled in (defaults included). */
export type ReportingCalendarSet = DomainEvent<
  'ReportingCalendarSet',
  { partnershipId: string; financialYear: string; updateDeadlineDays: number; quarters: CalendarQuarter[] }
>;

/** After its board meeting a quarter is closed: new updates are refused, corrections are flagged. */
export type ReportingQuarterClosed = DomainEvent<
  'ReportingQuarterClosed',
  { partnershipId: string; financialYear: string; quarter: string; closedOn: string; closedAt: string }
>;

export type ReportingCalendarEvent = ReportingCalendarSet | ReportingQuarterClosed;

/** Whether a partnership wants contributors' updates approved by a coordinator before they count. */
export type UpdateApprovalRequirementSet = DomainEvent<'UpdateApprovalRequirementSet', { partnershipId: string; on: boolean }>;

export type UpdateApprovalEvent = UpdateApprovalRequirementSet;
