/// <reference lib="dom" />
/**
 * Reads any rendered table into rows of cells, so every table can be exported without its page
 * knowing how. A cell may carry its exact value in data-value (a number, or an ISO date): that
 * wins over the words shown, so "90%" exports as 90.
 */
import type { Cell } from './csv';

function cellOf(element: HTMLTableCellElement): Cell {
  const raw = element.dataset.value;
  if (raw !== undefined) return raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  // Controls inside a cell (sort buttons) speak for it; screen-reader-only words are kept.
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function tableCells(table: HTMLTableElement): Cell[][] {
  return Array.from(table.rows).filter((row) => !row.hidden).map((row) => Array.from(row.cells).map(cellOf));
}
