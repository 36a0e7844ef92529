import { columnLetter, type FileProblem, type Grid, readGrids } from '../common/spreadsheet/spreadsheet-grid';
import { PLAN_COLUMNS, type PlanColumnKey } from './plan-columns';
import { fillDown } from './reading/fill-down';
import { findHeadingRow } from './reading/header-row';

export type ImportProblem = FileProblem;

export interface PlanRow {
  sheet: string;
  row: number;
  cells: Record<PlanColumnKey, string>;
  /** Column letter of each heading in this sheet; null for a column the sheet does not have. */
  letters: Record<PlanColumnKey, string | null>;
  /** A row naming only a priority (a section heading in the plan): it adds the priority, no action. */
  priorityOnly: boolean;
}

export interface PlanFile {
  rows: PlanRow[];
  problems: ImportProblem[];
}

/** Columns a plan cannot do without; the others read as blank when a council's file has none. */
const REQUIRED: PlanColumnKey[] = ['priority', 'action', 'leadAgency'];

/**
 * Reads an .xlsx or .csv action plan into rows of text cells, with every layout problem found.
 * Each sheet goes through the reading steps in reading/: the heading row found below any title
 * rows, headings matched through the synonym table, and a priority written once filled down
 * over the blank cells below it.
 */
export async function readPlanFile(fileName: string, content: Buffer): Promise<PlanFile> {
  return rowsOf(await readGrids(fileName, content));
}

function rowsOf(grids: Grid[]): PlanFile {
  const rows: PlanRow[] = [];
  const problems: ImportProblem[] = [];
  let planSheets = 0;
  for (const { sheet, rows: grid } of grids) {
    const heading = findHeadingRow(grid);
    // A sheet without an "Action" heading is guidance or notes, not part of the plan.
    if (!heading) continue;
    planSheets++;
    const headingRow = heading.index + 1;
    const missing = REQUIRED.filter((key) => heading.columns[key] === undefined);
    for (const key of missing) {
      const name = PLAN_COLUMNS.find((column) => column.key === key)!.heading;
      problems.push({ sheet, row: headingRow, column: null, heading: name, message: `the heading "${name}" is missing from row ${headingRow}` });
    }
    if (missing.length > 0) continue;
    const letters = Object.fromEntries(
      PLAN_COLUMNS.map(({ key }) => [key, heading.columns[key] === undefined ? null : columnLetter(heading.columns[key]! + 1)]),
    ) as Record<PlanColumnKey, string | null>;
    const read = grid.slice(heading.index + 1).map((cells) =>
      Object.fromEntries(PLAN_COLUMNS.map(({ key }) => [key, heading.columns[key] === undefined ? '' : (cells?.[heading.columns[key]!] ?? '').trim()])) as Record<PlanColumnKey, string>,
    );
    fillDown(read, 'priority').forEach((cells, offset) => {
      if (Object.values(cells).every((value) => value === '')) return; // blank rows are spacing
      const priorityOnly = PLAN_COLUMNS.every(({ key }) => key === 'priority' || key === 'statutory' || cells[key] === '');
      rows.push({ sheet, row: headingRow + 1 + offset, cells, letters, priorityOnly });
    });
  }
  if (planSheets === 0) {
    problems.push({ sheet: '', row: 0, column: null, heading: null, message: 'no sheet has a heading row with an "Action" column: start from templates/action-plan-template' });
  } else if (rows.length === 0 && problems.length === 0) {
    problems.push({ sheet: grids[0].sheet, row: 0, column: null, heading: null, message: 'the plan has no action rows' });
  }
  return { rows, problems };
}
