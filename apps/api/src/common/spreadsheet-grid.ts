import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '@saferplan/domain';
import { excel } from '@saferplan/reports/on-demand-libraries';

/**
 * A spreadsheet as sheets of text cells, read the way the plan import reads its files (.csv one
 * sheet named after the file, .xlsx every worksheet; formulas by their result, rich text by its
 * plain text). Here, below the features, so any import may use it; the plan import still has its
 * own copy in plan-import/read-plan-file.ts.
 */
export type Grid = { sheet: string; rows: string[][] };

export async function readGrids(fileName: string, content: Buffer): Promise<Grid[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return [{ sheet: fileName.split(/[\\/]/).pop() ?? fileName, rows: csvGrid(content) }];
  if (lower.endsWith('.xlsx')) return xlsxGrids(content);
  throw new InvalidInputError('fileName', 'fileName must end in .xlsx or .csv');
}

export const normaliseHeading = (heading: string): string => heading.trim().toLowerCase().replace(/\s+/g, ' ');

/** Column letter for a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? cell.text : String(value);
}
