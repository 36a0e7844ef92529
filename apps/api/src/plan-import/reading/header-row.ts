import type { PlanColumnKey } from '../plan-columns';
import { columnsOfHeadingRow } from './headings';

/** How far down a sheet the heading row may be: council plans put a title and a date or two above it. */
export const HEADING_ROW_SEARCH_DEPTH = 20;

/**
 * The index of a sheet's heading row: the first row, among the top ones, that names the Action
 * column and at least one other plan column. Title rows ("Safer North West Partnership: Action
 * Plan 2017/18") and blank rows above it are skipped. -1 when no row qualifies (a notes sheet).
 */
export function findHeadingRow(
  rows: string[][],
): { index: number; columns: Partial<Record<PlanColumnKey, number>> } | null {
  for (const [index, cells] of rows.slice(0, HEADING_ROW_SEARCH_DEPTH).entries()) {
    const columns = columnsOfHeadingRow(cells ?? []);
    if (columns.action !== undefined && Object.keys(columns).length >= 2) return { index, columns };
  }
  return null;
}
