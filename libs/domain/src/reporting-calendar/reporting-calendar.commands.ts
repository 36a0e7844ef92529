import type { DomainCommand } from '../shared/event';

/** A quarter as typed: any field left out keeps the default. */
export interface CalendarQuarterInput {
  quarter: string; // "Q1" or "2017/18 Q1"
  updateDeadline?: string | null;
  boardMeeting?: string | null;
}

/** The glue says whether the partnership exists (another aggregate's fact). */
export type SetReportingCalendar = DomainCommand<
  'SetReportingCalendar',
  {
    partnershipId: string;
    partnershipExists: boolean;
    financialYear: string;
    updateDeadlineDays?: number | null;
    quarters?: CalendarQuarterInput[] | null;
  }
>;

export type CloseReportingQuarter = DomainCommand<
  'CloseReportingQuarter',
  { partnershipId: string; partnershipExists: boolean; financialYear: string; quarter: string }
>;

export type ReportingCalendarCommand = SetReportingCalendar | CloseReportingQuarter;

export type RequireUpdateApproval = DomainCommand<'RequireUpdateApproval', { partnershipId: string; partnershipExists: boolean; on: boolean }>;
