/**
 * Writes the action-plan import templates and the North West Leicestershire example, so they are
 * reproducible from this script rather than edited by hand:
 *
 *   npx esbuild templates/generate-plan-files.ts --bundle --platform=node --packages=external --log-level=warning | node -
 *
 * (run from the repository root). Columns come from apps/api/src/plan-import/plan-columns.ts,
 * the list the importer reads, so a template can never disagree with the importer.
 * Workbook dates are pinned so regenerating changes nothing a reader can see.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PLAN_COLUMNS, PLAN_FILE_RULES } from '../apps/api/src/plan-import/plan-columns';
import { NWL_2017_18_EXAMPLE } from './nwl-2017-18-example';

const ROOT = process.cwd();
const PINNED = new Date('2017-06-27T00:00:00Z'); // the day NWLDC's council adopted the 2017-2020 strategy

type Row = Record<(typeof PLAN_COLUMNS)[number]['key'], string | number>;

function csvOf(rows: Row[]): string {
  const quote = (value: string | number): string => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [PLAN_COLUMNS.map((column) => column.heading), ...rows.map((row) => PLAN_COLUMNS.map((column) => row[column.key]))];
  return `${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}

async function workbookOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SaferPlan';
  workbook.created = PINNED;
  workbook.modified = PINNED;
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PLAN_COLUMNS.map((column) => ({ header: column.heading, key: column.key, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const statutoryColumn = PLAN_COLUMNS.findIndex((column) => column.key === 'statutory') + 1;
  for (let row = 2; row <= 500; row++) {
    sheet.getCell(row, statutoryColumn).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  }
  const guidance = workbook.addWorksheet('Guidance');
  guidance.getColumn(1).width = 24;
  guidance.getColumn(2).width = 110;
  guidance.addRow(['SaferPlan action plan import']).font = { bold: true };
  for (const rule of PLAN_FILE_RULES) guidance.addRow(['', rule]);
  guidance.addRow([]);
  guidance.addRow(['Column', 'Example']).font = { bold: true };
  for (const column of PLAN_COLUMNS) guidance.addRow([column.heading, column.example]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  writeFileSync(join(ROOT, 'templates/action-plan-template.csv'), csvOf([]));
  writeFileSync(join(ROOT, 'templates/action-plan-template.xlsx'), await workbookOf([]));
  writeFileSync(join(ROOT, 'examples/north-west-leicestershire-2017-18.csv'), csvOf(NWL_2017_18_EXAMPLE));
  writeFileSync(join(ROOT, 'examples/north-west-leicestershire-2017-18.xlsx'), await workbookOf(NWL_2017_18_EXAMPLE));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
