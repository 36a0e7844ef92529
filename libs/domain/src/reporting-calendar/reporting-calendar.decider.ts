import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { financialYearOfQuarter, hasQuarterEnded, longUkDate, parseFinancialYear, parseIsoDate, parseQuarter, quarterEnd, quartersOf, ukDate } from '../shared/financial-year';
import { REPORTING_DAYS_AFTER_QUARTER_END, daysAfterQuarterEnd } from '../audit/reporting-deadline';
import type { CalendarQuarterInput, CloseReportingQuarter, ReportingCalendarCommand, SetReportingCalendar } from './reporting-calendar.commands';
import type { CalendarQuarter, ReportingCalendarEvent } from './reporting-calendar.events';

/** A partnership's calendar for one year. Without a ReportingCalendarSet every quarter has the default deadline. */
export interface ReportingCalendarState {
  updateDeadlineDays: number;
  quarters: Record<string, CalendarQuarter>;
  /** Quarter label -> UK day it was closed. */
  closed: Record<string, string>;
}

/** Longest a partnership may give itself after a quarter ends: the next quarter's end. */
export const MAX_UPDATE_DEADLINE_DAYS = 92;

export const initialReportingCalendar = (): ReportingCalendarState => ({ updateDeadlineDays: REPORTING_DAYS_AFTER_QUARTER_END, quarters: {}, closed: {} });

/**
 * The update deadline of a partnership's quarter: the last UK day an update on it is on time.
 * The one rule every view, reminder and check uses; `calendar` is the partnership's calendar for
 * the quarter's year, or null when none was set (then 30 days after the quarter ends).
 */
export function updateDeadline(calendar: ReportingCalendarState | null | undefined, quarter: string): string {
  return calendar?.quarters[quarter]?.updateDeadline ?? daysAfterQuarterEnd(quarter, calendar?.updateDeadlineDays ?? REPORTING_DAYS_AFTER_QUARTER_END);
}

/** When the partnership's board meets about the quarter, if the calendar says so. */
export function boardMeeting(calendar: ReportingCalendarState | null | undefined, quarter: string): string | null {
  return calendar?.quarters[quarter]?.boardMeeting ?? null;
}

/** "Q1" or "2017/18 Q1" as the full label, which must be in the given year. */
export function quarterOfYear(financialYear: string, typed: string, field = 'quarter'): string {
  const trimmed = typed.trim();
  const label = /^Q[1-4]$/.test(trimmed) ? `${financialYear} ${trimmed}` : parseQuarter(trimmed, field);
  if (financialYearOfQuarter(label) !== financialYear) {
    throw new InvalidInputError(field, `${field} ${label} is not in financial year ${financialYear}`);
  }
  return label;
}

function laterThanQuarterEnd(date: string | null | undefined, quarter: string, field: string): string | null {
  if (date == null) return null;
  const day = parseIsoDate(date, field);
  if (day <= quarterEnd(quarter)) {
    throw new InvalidInputError(field, `${field} for ${quarter} must be after the quarter ends on ${longUkDate(quarterEnd(quarter))}`);
  }
  return day;
}

function setCalendar(command: SetReportingCalendar): ReportingCalendarEvent[] {
  const { partnershipId, partnershipExists } = command.data;
  if (!partnershipExists) throw new NotFoundError('Partnership', partnershipId);
  const financialYear = parseFinancialYear(command.data.financialYear);
  const days = command.data.updateDeadlineDays ?? REPORTING_DAYS_AFTER_QUARTER_END;
  if (!Number.isInteger(days) || days < 1 || days > MAX_UPDATE_DEADLINE_DAYS) {
    throw new InvalidInputError('updateDeadlineDays', `updateDeadlineDays must be a whole number of days from 1 to ${MAX_UPDATE_DEADLINE_DAYS}`);
  }
  const given = new Map<string, CalendarQuarterInput>();
  (command.data.quarters ?? []).forEach((entry, index) => {
    const label = quarterOfYear(financialYear, entry.quarter, `quarters.${index}.quarter`);
    if (given.has(label)) throw new InvalidInputError(`quarters.${index}.quarter`, `${label} is given twice`);
    given.set(label, entry);
  });
  const quarters = quartersOf(financialYear).map((quarter): CalendarQuarter => {
    const entry = given.get(quarter);
    const index = (command.data.quarters ?? []).indexOf(entry as CalendarQuarterInput);
    return {
      quarter,
      updateDeadline: laterThanQuarterEnd(entry?.updateDeadline, quarter, `quarters.${index}.updateDeadline`) ?? daysAfterQuarterEnd(quarter, days),
      boardMeeting: laterThanQuarterEnd(entry?.boardMeeting, quarter, `quarters.${index}.boardMeeting`),
    };
  });
  return [{ type: 'ReportingCalendarSet', data: { partnershipId, financialYear, updateDeadlineDays: days, quarters } }];
}

function closeQuarter(command: CloseReportingQuarter, state: ReportingCalendarState): ReportingCalendarEvent[] {
  const { partnershipId, partnershipExists } = command.data;
  if (!partnershipExists) throw new NotFoundError('Partnership', partnershipId);
  const financialYear = parseFinancialYear(command.data.financialYear);
  const quarter = quarterOfYear(financialYear, command.data.quarter);
  const today = ukDate(command.metadata.now);
  if (state.closed[quarter]) throw new ConflictError(`${quarter} was already closed on ${longUkDate(state.closed[quarter])}`, 'quarter');
  if (!hasQuarterEnded(quarter, today)) {
    throw new ConflictError(`${quarter} has not ended yet (it ends on ${longUkDate(quarterEnd(quarter))}): it can be closed after its board meeting`, 'quarter');
  }
  const meeting = boardMeeting(state, quarter);
  if (meeting !== null && today < meeting) {
    throw new ConflictError(`The board meets about ${quarter} on ${longUkDate(meeting)}: the quarter can be closed from that day`, 'quarter');
  }
  return [{ type: 'ReportingQuarterClosed', data: { partnershipId, financialYear, quarter, closedOn: today, closedAt: command.metadata.now.toISOString() } }];
}

/** One stream per partnership and financial year (streams.reportingCalendar). */
export const reportingCalendarDecider: Decider<ReportingCalendarState, ReportingCalendarCommand, ReportingCalendarEvent> = {
  initialState: initialReportingCalendar,

  decide(command, state) {
    return command.type === 'SetReportingCalendar' ? setCalendar(command) : closeQuarter(command, state);
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReportingCalendarSet':
        return { ...state, updateDeadlineDays: event.data.updateDeadlineDays, quarters: Object.fromEntries(event.data.quarters.map((q) => [q.quarter, q])) };
      case 'ReportingQuarterClosed':
        return { ...state, closed: { ...state.closed, [event.data.quarter]: event.data.closedOn } };
      default:
        return state;
    }
  },
};
