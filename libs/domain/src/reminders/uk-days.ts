import { parseIsoDate } from '../shared/financial-year';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UK calendar date `days` after (or before, when negative) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  parseIsoDate(date);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both UK dates): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** 0 Sunday ... 1 Monday ... 6 Saturday, of a calendar date (no time zone involved: it is a date). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}
