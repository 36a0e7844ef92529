import { parseIsoDate, quarterEnd } from '../shared/financial-year';

/**
 * When a quarterly update is due: 30 days after the quarter ends, at the end of that UK day
 * (23:59:59.999 Europe/London is at most 23:59:59.999Z; we use the UTC end of day so the rule
 * needs no time-zone table: at worst an update recorded in the first hour of the next UK day in
 * summer counts as on time). The boards in the seed papers meet 4-6 weeks after quarter end, so
 * an update recorded later than this was not in front of the board that reviewed the quarter.
 */
export const REPORTING_DAYS_AFTER_QUARTER_END = 30;

/**
 * The last UK day on which an update on this quarter is on time ("YYYY-MM-DD"): views compare
 * it with the UK date they are worked out for, so "missing" starts on the day after it.
 */
export function reportingDeadlineDay(quarter: string): string {
  return daysAfterQuarterEnd(quarter, REPORTING_DAYS_AFTER_QUARTER_END);
}

/**
 * The UK day `days` after the quarter's last day: the default rule with a partnership's own
 * number of days (its reporting calendar). Kept apart from reportingDeadlineDay so that one keeps
 * a single parameter (callers map quarters through it).
 */
export function daysAfterQuarterEnd(quarter: string, days: number): string {
  const end = new Date(`${quarterEnd(quarter)}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return end.toISOString().slice(0, 10);
}

/** The last moment an update on this quarter counts as on time (ISO instant). */
export function reportingDeadline(quarter: string): string {
  return `${reportingDeadlineDay(quarter)}T23:59:59.999Z`;
}

/** True once the UK date is past the quarter's reporting deadline day: its update is then missing, not due. */
export function isPastReportingDeadline(quarter: string, ukDate: string): boolean {
  parseIsoDate(ukDate, 'asOfDate');
  return ukDate > reportingDeadlineDay(quarter);
}

/** Late: first recorded after the reporting deadline of the quarter it reports on. */
export function isLateUpdate(quarter: string, firstRecordedAt: string): boolean {
  return Date.parse(firstRecordedAt) > Date.parse(reportingDeadline(quarter));
}
