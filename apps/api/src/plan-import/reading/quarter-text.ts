import { parseQuarter, periodAsTyped, quarterContaining } from '@saferplan/domain';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const YEAR = '(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})';

const QUARTER_AFTER = new RegExp(`^${YEAR}\\s*[-,]?\\s*q([1-4])$`, 'i'); // 2017/18 Q1, 2017-18 q1, 2017/2018 Q1
const QUARTER_BEFORE = new RegExp(`^q([1-4])\\s*[-,]?\\s*${YEAR}$`, 'i'); // Q1 2017/18
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})$`, 'i'); // June 2017, Jun 2017
const MONTH_RANGE = new RegExp(`^${MONTH}\\s*[-–—]\\s*${MONTH}\\s+(\\d{4})$`, 'i'); // Apr-Jun 2017
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/; // what a date cell of a workbook reads as
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/; // 30/06/2017

const pad2 = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

/** "2017/18", "2017-18" or "2017/2018" as the domain's "2017/18"; null when the years do not follow on. */
function financialYearOf(first: string, second: string): string | null {
  const start = Number(first);
  const next = second.length === 4 ? Number(second) : Number(`${String(start + 1).slice(0, 2)}${second}`);
  return next === start + 1 ? `${start}/${pad2((start + 1) % 100)}` : null;
}

/** The domain's quarter for a calendar date, or null when the date is not one. */
function quarterOfDate(year: number, month: number, day: number): string | null {
  try {
    return quarterContaining(`${year}-${pad2(month)}-${pad2(day)}`);
  } catch {
    return null;
  }
}

/**
 * A quarter in the forms council plans write it, as the domain's "2017/18 Q1": "Q1 2017/18",
 * "2017/18 q1", "2017-18 Q1", a month ("June 2017": the quarter containing it), a quarter's
 * months ("Apr-Jun 2017", "Jan-Mar 2018"), or a date ("30/06/2017", "2017-06-30"). Anything else
 * comes back as typed, so the domain's own message says what a quarter must look like.
 */
export function quarterFromText(typed: string): string {
  const text = periodAsTyped(typed).replace(/\s+/g, ' ');
  let match = QUARTER_AFTER.exec(text);
  if (match) return quarterIn(financialYearOf(match[1], match[2]), match[3], text);
  match = QUARTER_BEFORE.exec(text);
  if (match) return quarterIn(financialYearOf(match[2], match[3]), match[1], text);
  match = MONTH_YEAR.exec(text);
  if (match) return quarterOfDate(Number(match[2]), monthNumber(match[1]), 1) ?? text;
  match = MONTH_RANGE.exec(text);
  if (match) {
    const [first, last, year] = [monthNumber(match[1]), monthNumber(match[2]), Number(match[3])];
    const quarter = quarterOfDate(year, first, 1);
    // Only a whole quarter's months: "Apr-Jun" is Q1, "May-Aug" is no quarter.
    return quarter && (first - 1) % 3 === 0 && last === first + 2 ? quarter : text;
  }
  match = ISO_DATE.exec(text);
  if (match) return quarterOfDate(Number(match[1]), Number(match[2]), Number(match[3])) ?? text;
  match = UK_DATE.exec(text);
  if (match) return quarterOfDate(Number(match[3]), Number(match[2]), Number(match[1])) ?? text;
  return text;
}

function quarterIn(financialYear: string | null, quarter: string, typed: string): string {
  if (!financialYear) return typed;
  try {
    return parseQuarter(`${financialYear} Q${quarter}`);
  } catch {
    return typed; // outside the supported years: the domain says so
  }
}
