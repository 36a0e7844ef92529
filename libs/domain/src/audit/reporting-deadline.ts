import { quarterEnd } from '../shared/financial-year';

/**
 * When a quarterly update is due by default: 30 days after the quarter ends (a partnership's
 * reporting calendar may say otherwise; late is judged against that, in quarter-return.ts). The
 * boards in the seed papers meet 4-6 weeks after quarter end, so an update recorded later than
 * this was not in front of the board that reviewed the quarter.
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
