import { longUkDate } from '@saferplan/domain';

/**
 * Dates as a UK reader writes them, for every rendering a person reads: "9 October 2017", and a
 * moment as "9 October 2017, 11:00" in London time. The raw ISO instant stays in the model (and
 * the seal's audit line) for machines; people never read it.
 */
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2017-10-30" → "30 October 2017". */
export const ukDateWords = (isoDate: string): string => longUkDate(isoDate.slice(0, 10));

/** "2017-10-09T10:00:00.000Z" → "9 October 2017, 11:00" (BST). */
export function ukMomentWords(instant: string): string {
  const parts = Object.fromEntries(MOMENT.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** A spreadsheet's date cell: the instant as Excel reads it (UTC fields), shown with UK_DATE_FORMAT. */
export const UK_DATE_FORMAT = 'd mmmm yyyy';
export const UK_MOMENT_FORMAT = 'd mmmm yyyy hh:mm';

/** Excel stores wall-clock time: shift the instant so the cell shows London's time, not UTC's. */
export function excelMoment(instant: string): Date {
  const date = new Date(instant);
  const parts = Object.fromEntries(MOMENT.formatToParts(date).map((part) => [part.type, part.value]));
  const month = new Date(`${parts.month} 1, 2000`).getMonth();
  return new Date(Date.UTC(Number(parts.year), month, Number(parts.day), Number(parts.hour), Number(parts.minute), date.getUTCSeconds()));
}

/** A calendar date ("2017-10-30") as an Excel date cell at midnight. */
export const excelDate = (isoDate: string): Date => new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`);

/** The pack's moment in words: "as recorded on 10 November 2017", or "as recorded at 9 October 2017, 11:00". */
export const asRecordedWords = (pack: { asOf: string | null; asOfDate: string }): string =>
  pack.asOf ? `as recorded at ${ukMomentWords(pack.asOf)}` : `as recorded on ${ukDateWords(pack.asOfDate)}`;
