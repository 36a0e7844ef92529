/**
 * CSV as Excel and LibreOffice read it: RFC 4180 quoting, CRLF line ends, and a byte-order mark so
 * Excel on Windows reads "£" and accented names as UTF-8 rather than Windows-1252.
 */
export type Cell = string | number | null;

/** A cell that starts like a formula is prefixed with ' so a spreadsheet never runs it. */
function text(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
}

function quoted(cell: Cell): string {
  const value = text(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: Cell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n';
}
