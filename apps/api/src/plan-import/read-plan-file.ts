import type ExcelJS from 'exceljs';
import { excel } from '@saferplan/reports/on-demand-libraries';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '@saferplan/domain';
import { columnLetter, PLAN_COLUMNS, type PlanColumnKey } from './plan-columns';

export interface ImportProblem {
  sheet: string;
  /** 1-based spreadsheet row; 0 when the problem is with the file or sheet as a whole. */
  row: number;
  /** Column letter, e.g. "C"; null when the problem is not about one cell. */
  column: string | null;
  heading: string | null;
  message: string;
}

export interface PlanRow {
  sheet: string;
  row: number;
  cells: Record<PlanColumnKey, string>;
  /** Column letter of each heading in this sheet. */
  letters: Record<PlanColumnKey, string>;
}

export interface PlanFile {
  rows: PlanRow[];
  problems: ImportProblem[];
}

type Grid = { sheet: string; rows: string[][] };

const normalise = (heading: string): string => heading.trim().toLowerCase().replace(/\s+/g, ' ');

/** Reads an .xlsx or .csv action plan into rows of text cells, with every layout problem found. */
export async function readPlanFile(fileName: string, content: Buffer): Promise<PlanFile> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return rowsOf([{ sheet: baseName(fileName), rows: csvGrid(content) }]);
  if (lower.endsWith('.xlsx')) return rowsOf(await xlsxGrids(content));
  throw new InvalidInputError('fileName', 'fileName must end in .xlsx or .csv');
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

function csvGrid(content: Buffer): string[][] {
  try {
    return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new InvalidInputError('contentBase64', `the CSV file could not be read: ${(error as Error).message}`);
  }
}

async function xlsxGrids(content: Buffer): Promise<Grid[]> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new InvalidInputError('contentBase64', 'the file is not a readable .xlsx workbook');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cells[columnNumber - 1] = cellText(cell);
      });
      rows[rowNumber - 1] = cells;
    });
    return { sheet: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}

// Formulas count by their result, rich text by its plain text, numbers as written.
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? cell.text : String(value);
}

function rowsOf(grids: Grid[]): PlanFile {
  const rows: PlanRow[] = [];
  const problems: ImportProblem[] = [];
  let planSheets = 0;
  for (const { sheet, rows: grid } of grids) {
    const headings = (grid[0] ?? []).map((heading) => normalise(heading ?? ''));
    // A sheet without an "Action" heading is guidance or notes, not part of the plan.
    if (!headings.includes('action')) continue;
    planSheets++;
    const letters = {} as Record<PlanColumnKey, string>;
    const indexes = {} as Record<PlanColumnKey, number>;
    for (const column of PLAN_COLUMNS) {
      const index = headings.indexOf(normalise(column.heading));
      if (index === -1) {
        problems.push({ sheet, row: 1, column: null, heading: column.heading, message: `the heading "${column.heading}" is missing from row 1` });
      }
      indexes[column.key] = index;
      letters[column.key] = index === -1 ? '?' : columnLetter(index + 1);
    }
    if (problems.some((problem) => problem.sheet === sheet)) continue;
    grid.slice(1).forEach((cells, offset) => {
      const values = {} as Record<PlanColumnKey, string>;
      for (const column of PLAN_COLUMNS) values[column.key] = (cells[indexes[column.key]] ?? '').trim();
      if (Object.values(values).every((value) => value === '')) return; // blank rows are spacing
      rows.push({ sheet, row: offset + 2, cells: values, letters });
    });
  }
  if (planSheets === 0) {
    problems.push({ sheet: '', row: 0, column: null, heading: null, message: 'no sheet has an "Action" heading in row 1: start from templates/action-plan-template' });
  } else if (rows.length === 0 && problems.length === 0) {
    problems.push({ sheet: grids[0].sheet, row: 0, column: null, heading: null, message: 'the plan has no action rows' });
  }
  return { rows, problems };
}
