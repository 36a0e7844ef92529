import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '@saferplan/domain';
import { excel } from '@saferplan/reports/on-demand-libraries';
import { decodeCsv, detectDelimiter } from './csv-text';

/**
 * The one reader of imported spreadsheets: a file as sheets of text cells. A .csv is one sheet
 * named after the file, in whichever encoding and delimiter it was saved with (csv-text.ts); an
 * .xlsx is every worksheet, formulas by their result, rich text by its plain text, dates as
 * YYYY-MM-DD, and each merged range's value in every cell it covers. Every import reads its
 * files here.
 */
export type Grid = { sheet: string; rows: string[][] };

/** One thing wrong with (or worth checking in) an imported file, where it is. */
export interface FileProblem {
  sheet: string;
  /** 1-based spreadsheet row; 0 when the problem is with the file or sheet as a whole. */
  row: number;
  /** Column letter, e.g. "C"; null when the problem is not about one cell. */
  column: string | null;
  heading: string | null;
  message: string;
}

/** Sheet, then row, then column: the order a person reads the file in. */
export const byPlaceInFile = (a: FileProblem, b: FileProblem): number =>
  a.sheet.localeCompare(b.sheet) || a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '');

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
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function csvGrid(content: Buffer): string[][] {
  const { text } = decodeCsv(content);
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
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
        cells[columnNumber - 1] = cellText(cell.isMerged ? cell.master : cell);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
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
