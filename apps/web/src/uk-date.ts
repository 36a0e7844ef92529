/**
 * Dates as a UK reader types and reads them: "4/9/2017" is 4 September, times are UK clock
 * time (GMT or BST) whatever the browser's own zone, and the URL carries the exact instant (ISO).
 */
const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function londonParts(instant: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The UK clock's offset from UTC at an instant, in milliseconds (0 in winter, 1 hour in summer). */
function londonOffset(instant: number): number {
  const p = londonParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant / 60000) * 60000;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "04/09/2017" and "11:00" for an instant, as the UK clock showed it. */
export function ukDateAndTime(iso: string): { date: string; time: string } {
  const p = londonParts(Date.parse(iso));
  return { date: `${two(p.day)}/${two(p.month)}/${p.year}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

export type UkInstant = { instant: string } | { field: 'date' | 'time'; message: string };
export type UkDay = { day: string } | { field: 'date'; message: string };

/** Reads "4/9/2017" (or 4.9.2017, 4-9-2017) as a calendar day: "2017-09-04". */
export function parseUkDay(dateText: string): UkDay {
  const date = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(dateText);
  if (!date) return { field: 'date', message: 'Enter the date as day/month/year, for example 4/9/2017' };
  const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { field: 'date', message: `${dateText.trim()} is not a real date: enter day/month/year, for example 4/9/2017` };
  }
  return { day: `${year}-${two(month)}-${two(day)}` };
}

/**
 * Reads "4/9/2017" (or 4.9.2017, 4-9-2017) and an optional "11:00" as UK clock time. Without a
 * time the end of that day is meant, so the view includes everything recorded on it.
 */
export function parseUkInstant(dateText: string, timeText: string): UkInstant {
  const parsed = parseUkDay(dateText);
  if ('field' in parsed) return parsed;
  const [year, month, day] = parsed.day.split('-').map(Number);
  let hour = 23;
  let minute = 59;
  if (timeText.trim()) {
    const time = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(timeText);
    if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) return { field: 'time', message: 'Enter the time on the 24-hour clock, for example 14:30' };
    [hour, minute] = [Number(time[1]), Number(time[2])];
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right except within an hour of a clock change;
  // asking again at the corrected instant settles it.
  let instant = wall - londonOffset(wall);
  instant = wall - londonOffset(instant);
  return { instant: new Date(instant).toISOString() };
}
