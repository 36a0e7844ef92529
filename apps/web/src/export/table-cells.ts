/// <reference lib="dom" />
/**
 * Reads any rendered table into rows of cells, so every table can be exported without its page
 * knowing how. A cell may carry its exact value in data-value (a number, or an ISO date): that
 * wins over the words shown, so "90%" exports as 90.
 */
import type { Cell } from './csv';

/** The words a reader gets from a node: decoration marked aria-hidden (sort arrows) is left out. */
function wordsOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return Array.from(node.childNodes).map(wordsOf).join('');
}

function cellOf(element: HTMLTableCellElement): Cell {
  const raw = element.dataset.value;
  if (raw !== undefined) return raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  return wordsOf(element).replace(/\s+/g, ' ').trim();
}

export function tableCells(table: HTMLTableElement): Cell[][] {
  return Array.from(table.rows).filter((row) => !row.hidden).map((row) => Array.from(row.cells).map(cellOf));
}
