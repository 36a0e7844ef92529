import type ExcelJS from 'exceljs';
import type { BoardPack } from './board-pack.model';
import { countySummaryOf } from './board-pack.summary';
import { excelDate, excelMoment, UK_DATE_FORMAT, UK_MOMENT_FORMAT } from './board-pack.dates';
import { RAG_COLOURS, STATUS_LABELS } from './rag-colours';

/**
 * The workbook's two table sheets: each one table with its header in row 1 (frozen by the
 * caller), an auto-filter over it, and real number, money and date cells, so a board member can
 * sort, filter and pivot as in their own spreadsheet.
 */
export const MONEY = '£#,##0.00';

export function header(sheet: ExcelJS.Worksheet, cells: string[]): ExcelJS.Row {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  return row;
}

export function countySummarySheet(sheet: ExcelJS.Worksheet, pack: BoardPack): void {
  sheet.columns = [{ width: 44 }, ...Array.from({ length: 8 }, () => ({ width: 12 })), { width: 16 }, { width: 16 }, { width: 16 }];
  header(sheet, ['Partnership', 'Actions', 'Completed', 'On track', 'At risk', 'Off track', 'Not started', 'Overdue milestones', 'Late returns', 'Funding received', 'Allocated', 'Spent to quarter end']).alignment = { wrapText: true, vertical: 'top' };
  const rows = countySummaryOf(pack);
  for (const row of rows) {
    const funding = row.funding ? [row.funding.amount, row.funding.allocated, row.funding.spent] : ['Withheld', 'Withheld', 'Withheld'];
    const added = sheet.addRow([row.partnership, row.actions, row.completed, row.onTrack, row.atRisk, row.offTrack, row.notStarted, row.overdueMilestones, row.lateReturns, ...funding]);
    for (const column of [10, 11, 12]) added.getCell(column).numFmt = MONEY;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(2, rows.length + 1), column: 12 } };
}

export function allActionsSheet(sheet: ExcelJS.Worksheet, pack: BoardPack): void {
  sheet.columns = [{ width: 32 }, { width: 40 }, { width: 48 }, { width: 24 }, { width: 22 }, { width: 14 }, { width: 10 }, { width: 11 }, { width: 60 }, { width: 16 }, { width: 20 }, { width: 18 }];
  header(sheet, ['Partnership', 'Priority', 'Action', 'Lead agency', 'Lead officer', 'Status at quarter end', 'RAG', '% complete', 'Update', 'Recorded by', 'Recorded at', 'Update due by']).alignment = { wrapText: true, vertical: 'top' };
  let count = 0;
  for (const section of pack.sections) {
    for (const action of section.actions) {
      count += 1;
      const row = sheet.addRow([
        section.partnership,
        action.priority,
        action.action,
        action.leadAgency,
        action.leadOfficer ?? '',
        STATUS_LABELS[action.status] ?? action.status,
        action.update?.rag ?? '',
        action.update?.percentComplete ?? action.percentComplete,
        action.update?.narrative ?? '',
        action.update?.recordedBy ?? '',
        action.update ? excelMoment(action.update.recordedAt) : '',
        action.dueOn ? excelDate(action.dueOn) : '',
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell(11).numFmt = UK_MOMENT_FORMAT;
      row.getCell(12).numFmt = UK_DATE_FORMAT;
      if (action.update) {
        const colours = RAG_COLOURS[action.update.rag];
        row.getCell(7).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colours.fill}` } };
        row.getCell(7).font = { bold: true, color: { argb: `FF${colours.text}` } };
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(2, count + 1), column: 12 } };
}
