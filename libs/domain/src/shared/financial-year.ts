import { InvalidInputError } from './errors';

/**
 * The one place that knows UK public-sector years. A financial year runs 1 April to 31 March and
 * is written "2017/18"; its quarters are "2017/18 Q1" (Apr-Jun), Q2 (Jul-Sep), Q3 (Oct-Dec) and
 * Q4 (Jan-Mar of the next calendar year). Calendar dates are "YYYY-MM-DD" strings, never Date
 * objects, so nothing here depends on the machine's time zone.
 *
 * Parsing is strict (no trimming, no lower-case "q1"): the text a caller passes in is the text
 * that is stored and that ids such as actionPlanIdFor() are built from.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

/** Start years of the financial years we accept: 1998/99 to 2200/01. */
export const FIRST_FINANCIAL_YEAR_START = 1998;
export const LAST_FINANCIAL_YEAR_START = 2200;

const FINANCIAL_YEAR_FORM = /^(\d{4})\/(\d{2})$/;
const QUARTER_FORM = /^(\d{4})\/(\d{2}) Q([1-4])$/;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const labelOf = (startYear: number): string => `${startYear}/${pad2((startYear + 1) % 100)}`;

const supportedRange = `${labelOf(FIRST_FINANCIAL_YEAR_START)} to ${labelOf(LAST_FINANCIAL_YEAR_START)}`;

function assertSupported(startYear: number, text: string, field: string): void {
  if (startYear < FIRST_FINANCIAL_YEAR_START || startYear > LAST_FINANCIAL_YEAR_START) {
    throw new InvalidInputError(field, `${field} "${text}" is outside the supported financial years ${supportedRange}`);
  }
}

/** Checks the two year parts of an already well-formed text; returns the start year. */
function checkYears(first: string, second: string, text: string, field: string, example: string): number {
  const startYear = Number(first);
  if (Number(second) !== (startYear + 1) % 100) {
    throw new InvalidInputError(field, `${field} "${text}" must name two consecutive years, e.g. "${example}"`);
  }
  assertSupported(startYear, text, field);
  return startYear;
}

function startYearOfFinancialYear(text: string, field: string): number {
  const match = typeof text === 'string' ? FINANCIAL_YEAR_FORM.exec(text) : null;
  if (!match) {
    throw new InvalidInputError(field, `${field} must look like "2017/18" (April to March)`);
  }
  return checkYears(match[1], match[2], text, field, '2017/18');
}

function partsOfQuarter(text: string, field: string): { startYear: number; quarter: QuarterNumber } {
  const match = typeof text === 'string' ? QUARTER_FORM.exec(text) : null;
  if (!match) {
    throw new InvalidInputError(
      field,
      `${field} must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)`,
    );
  }
  const startYear = checkYears(match[1], match[2], text, field, '2017/18 Q1');
  return { startYear, quarter: Number(match[3]) as QuarterNumber };
}

const quarterLabel = (startYear: number, quarter: QuarterNumber): string => `${labelOf(startYear)} Q${quarter}`;

/**
 * A quarter or financial year as a person typed it, in the form the parsers read: surrounding
 * spaces are forgiven here, once, while the parsers stay strict so every stored label is exact.
 */
export const periodAsTyped = (typed: string): string => typed.trim();

/** Returns the text unchanged when it is a financial year such as "2017/18"; throws otherwise. */
export function parseFinancialYear(text: string, field = 'financialYear'): string {
  startYearOfFinancialYear(text, field);
  return text;
}

/** Returns the text unchanged when it is a quarter such as "2017/18 Q1"; throws otherwise. */
export function parseQuarter(text: string, field = 'quarter'): string {
  partsOfQuarter(text, field);
  return text;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function partsOfDate(text: string, field: string): { year: number; month: number; day: number } {
  const match = typeof text === 'string' ? DATE_FORM.exec(text) : null;
  if (!match) {
    throw new InvalidInputError(field, `${field} must be a date written YYYY-MM-DD, e.g. "2018-09-04"`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidInputError(field, `${field} "${text}" is not a real calendar date`);
  }
  return { year, month, day };
}

/** Returns the text unchanged when it is a real calendar date "YYYY-MM-DD" (so not 2018-02-30). */
export function parseIsoDate(text: string, field = 'date'): string {
  partsOfDate(text, field);
  return text;
}

export function financialYearStart(financialYear: string): string {
  return `${startYearOfFinancialYear(financialYear, 'financialYear')}-04-01`;
}

export function financialYearEnd(financialYear: string): string {
  return `${startYearOfFinancialYear(financialYear, 'financialYear') + 1}-03-31`;
}

export function financialYearOfQuarter(quarter: string): string {
  return labelOf(partsOfQuarter(quarter, 'quarter').startYear);
}

/** The four quarters of a financial year, Q1 first. */
export function quartersOf(financialYear: string): string[] {
  const startYear = startYearOfFinancialYear(financialYear, 'financialYear');
  return ([1, 2, 3, 4] as const).map((quarter) => quarterLabel(startYear, quarter));
}

// First and last day of each quarter as [calendar-year offset from the start year, month-day].
const QUARTER_BOUNDS: Record<QuarterNumber, { start: [number, string]; end: [number, string] }> = {
  1: { start: [0, '04-01'], end: [0, '06-30'] },
  2: { start: [0, '07-01'], end: [0, '09-30'] },
  3: { start: [0, '10-01'], end: [0, '12-31'] },
  4: { start: [1, '01-01'], end: [1, '03-31'] },
};

export function quarterStart(quarter: string): string {
  const { startYear, quarter: q } = partsOfQuarter(quarter, 'quarter');
  const [offset, monthDay] = QUARTER_BOUNDS[q].start;
  return `${startYear + offset}-${monthDay}`;
}

/** The quarter's last day (inclusive). */
export function quarterEnd(quarter: string): string {
  const { startYear, quarter: q } = partsOfQuarter(quarter, 'quarter');
  const [offset, monthDay] = QUARTER_BOUNDS[q].end;
  return `${startYear + offset}-${monthDay}`;
}

const ordinalOf = ({ startYear, quarter }: { startYear: number; quarter: QuarterNumber }): number =>
  startYear * 4 + (quarter - 1);

function fromOrdinal(ordinal: number): string {
  const startYear = Math.floor(ordinal / 4);
  const label = quarterLabel(startYear, ((ordinal % 4) + 1) as QuarterNumber);
  assertSupported(startYear, label, 'quarter');
  return label;
}

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** -1 when a is the earlier quarter, 0 when the same, 1 when later; usable as a sort comparator. */
export function compareQuarters(a: string, b: string): -1 | 0 | 1 {
  return sign(quarterOrdinal(a) - quarterOrdinal(b));
}

// Folding the log compares quarters for every update recorded, and there are only a few dozen
// distinct valid ones: remember their ordinals instead of parsing them each time.
const knownQuarterOrdinals = new Map<string, number>();
const MAX_KNOWN_QUARTERS = 4096;

function quarterOrdinal(text: string): number {
  let ordinal = knownQuarterOrdinals.get(text);
  if (ordinal === undefined) {
    ordinal = ordinalOf(partsOfQuarter(text, 'quarter')); // throws on anything but a valid quarter
    if (knownQuarterOrdinals.size < MAX_KNOWN_QUARTERS) knownQuarterOrdinals.set(text, ordinal);
  }
  return ordinal;
}

/** -1 when a is the earlier financial year, 0 when the same, 1 when later. */
export function compareFinancialYears(a: string, b: string): -1 | 0 | 1 {
  return sign(startYearOfFinancialYear(a, 'financialYear') - startYearOfFinancialYear(b, 'financialYear'));
}

/** The quarter after this one ("2017/18 Q4" is followed by "2018/19 Q1"). */
export function nextQuarter(quarter: string): string {
  return fromOrdinal(ordinalOf(partsOfQuarter(quarter, 'quarter')) + 1);
}

/** The quarter before this one ("2018/19 Q1" follows "2017/18 Q4"). */
export function previousQuarter(quarter: string): string {
  return fromOrdinal(ordinalOf(partsOfQuarter(quarter, 'quarter')) - 1);
}

/** The quarter a calendar date falls in: "2018-02-14" is in "2017/18 Q4". */
export function quarterContaining(date: string, field = 'date'): string {
  const { year, month } = partsOfDate(date, field);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = (month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4) as QuarterNumber;
  assertSupported(startYear, date, field);
  return quarterLabel(startYear, quarter);
}

/** The financial year a calendar date falls in: "2018-03-31" is in "2017/18". */
export function financialYearContaining(date: string, field = 'date'): string {
  return financialYearOfQuarter(quarterContaining(date, field));
}

/**
 * True once the as-of date is after the quarter's last day: on 30 June 2017 "2017/18 Q1" has not
 * ended yet; on 1 July it has. This is what makes a milestone OVERDUE.
 */
export function hasQuarterEnded(quarter: string, asOfDate: string): boolean {
  parseIsoDate(asOfDate, 'asOfDate');
  // Same fixed-width YYYY-MM-DD form on both sides, so text order is date order.
  return asOfDate > quarterEnd(quarter);
}

// Built once: the formatter is a pure function of its input, and constructing it is not cheap.
const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
});

const HOUR_MS = 3_600_000;
/** London's offset from UTC for each UTC hour asked about so far (bounded, cleared when full). */
const offsetByHour = new Map<number, number>();
const OFFSETS_KEPT = 8192;

/**
 * London's offset from UTC during the UTC hour starting at `hourStart`. UK clocks change only
 * on a UTC hour boundary, so one answer holds for the whole hour: asking Intl once per hour
 * instead of once per date cut `formatToParts` out of every request's profile (issue 15).
 */
function londonOffset(hourStart: number): number {
  const known = offsetByHour.get(hourStart);
  if (known !== undefined) return known;
  const parts = Object.fromEntries(LONDON_HOUR.formatToParts(new Date(hourStart)).map((part) => [part.type, part.value]));
  const offset = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour)) - hourStart;
  if (offsetByHour.size >= OFFSETS_KEPT) offsetByHour.clear();
  offsetByHour.set(hourStart, offset);
  return offset;
}

/**
 * The calendar date in the UK at an instant, as "YYYY-MM-DD". 23:30 UTC on 31 March 2018 is
 * already 1 April in London (BST), so it belongs to the next financial year.
 */
export function ukDate(instant: Date): string {
  // Checked by tag rather than instanceof so a Date from another realm (a vm, a worker) passes.
  if (Object.prototype.toString.call(instant) !== '[object Date]' || Number.isNaN(instant.getTime())) {
    throw new RangeError('ukDate needs a valid Date');
  }
  const time = instant.getTime();
  const local = new Date(time + londonOffset(Math.floor(time / HOUR_MS) * HOUR_MS));
  return local.toISOString().slice(0, 10);
}

/**
 * The last instant of a UK calendar day, as an ISO instant: 23:59:59.999 in London, so
 * "2017-07-21" (BST) ends at 22:59:59.999Z and "2018-01-30" (GMT) at 23:59:59.999Z. An instant
 * is after it exactly when its ukDate is after the day.
 */
export function ukDayEnd(day: string): string {
  const { year, month, day: date } = partsOfDate(day, 'date');
  const nextMidnightUtc = Date.UTC(year, month - 1, date + 1);
  // Midnight in London is 00:00Z (GMT) or 23:00Z the evening before (BST): the hour before
  // UTC midnight tells which, since UK clocks never change at midnight.
  const hourBefore = nextMidnightUtc - HOUR_MS;
  const start = londonOffset(hourBefore) > 0 ? hourBefore : nextMidnightUtc;
  return new Date(start - 1).toISOString();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date the way a UK reader writes it: "2017-10-30" is "30 October 2017". */
export function longUkDate(date: string): string {
  const { year, month, day } = partsOfDate(date, 'date');
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
