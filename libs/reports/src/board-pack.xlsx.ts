import type ExcelJS from 'exceljs';
import { excel } from './on-demand-libraries';
import { awaitingApprovalLine, type BoardPack, type BoardPackSection, CHANGED_SINCE_SEAL, DETAILS_WITHHELD, sealLine, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsXlsx } from './board-pack.indicators';
import { EXCEPTION_LABELS, PROGRESS_COLUMNS, RAG_COLOURS, STATUS_LABELS, subtitleOf } from './rag-colours';

const argb = (hex: string): string => `FF${hex}`;
const MONEY = '£#,##0.00';

/** The pack as a workbook: one sheet per partnership; RAG cells carry both the colour and the word. */
export async function boardPackXlsx(pack: BoardPack): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'SaferPlan';
  const used = new Set<string>();
  for (const section of pack.sections) writeSection(workbook.addWorksheet(sheetName(section.partnership, used)), pack, section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique regardless of case. */
function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Partnership';
  let candidate = clean;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([]);
  sheet.addRow([text]).font = { bold: true, size: 13 };
}

function header(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
}

function writeSection(sheet: ExcelJS.Worksheet, pack: BoardPack, section: BoardPackSection): void {
  sheet.columns = [{ width: 48 }, { width: 48 }, { width: 24 }, { width: 22 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 60 }, { width: 24 }, { width: 22 }];
  sheet.addRow([`${section.partnership}: board pack ${pack.quarter}`]).font = { bold: true, size: 15 };
  sheet.addRow([section.planTitle ?? `No action plan for ${pack.financialYear}`]);
  sheet.addRow([subtitleOf(pack)]);
  sheet.addRow([sealLine(pack)]);
  sheet.addRow([treeHeadLine(pack)]);

  heading(sheet, 'Progress by priority');
  header(sheet, ['Priority', 'Statutory', ...PROGRESS_COLUMNS.map(([, label]) => label), '% complete']);
  for (const priority of section.priorities) {
    const row = sheet.addRow([
      priority.title,
      priority.statutory ? 'Yes' : 'No',
      ...PROGRESS_COLUMNS.map(([key]) => priority.progress[key]),
      Math.round(priority.progress.percentComplete * 10) / 10,
    ]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }

  if (awaitingApprovalLine(section)) sheet.addRow([awaitingApprovalLine(section)]);

  if (section.detailsWithheld) {
    sheet.addRow([]);
    sheet.addRow([DETAILS_WITHHELD]);
    return;
  }

  heading(sheet, `Actions and ${pack.quarter} updates`);
  header(sheet, ['Priority', 'Action', 'Lead agency', 'Lead officer', 'Status', 'RAG', '% complete', 'Narrative', 'Recorded by', 'Recorded at']);
  for (const action of section.actions) {
    const row = sheet.addRow([
      action.priority,
      action.action,
      action.leadAgency,
      action.leadOfficer ?? '',
      STATUS_LABELS[action.status] ?? action.status,
      action.update?.rag ?? (action.dueBy ? `Due by ${action.dueBy}` : 'No update'),
      action.update?.percentComplete ?? action.percentComplete,
      action.update ? action.update.narrative + updateNote(action.update) : '',
      action.update?.recordedBy ?? '',
      action.update?.recordedAt ?? '',
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (action.update) {
      const colours = RAG_COLOURS[action.update.rag];
      const rag = row.getCell(6);
      rag.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours.fill) } };
      rag.font = { bold: true, color: { argb: argb(colours.text) } };
    }
  }

  heading(sheet, 'Exceptions');
  header(sheet, ['Exception', 'Priority', 'Action', 'Detail']);
  for (const exception of section.exceptions) {
    sheet.addRow([EXCEPTION_LABELS[exception.kind], exception.priority, exception.action, exception.detail]).alignment = { wrapText: true, vertical: 'top' };
  }
  if (section.exceptions.length === 0) sheet.addRow(['None']);

  if (pack.seal) {
    heading(sheet, CHANGED_SINCE_SEAL);
    header(sheet, ['Priority', 'Action', 'Before', 'After', 'Why', 'Recorded by', 'Recorded at']);
    for (const c of section.changesSinceSeal) {
      sheet.addRow([c.priority, c.action, c.before, c.after, c.reason ?? 'First update for the quarter, recorded after the seal', c.recordedBy, c.recordedAt]).alignment = { wrapText: true, vertical: 'top' };
    }
    if (section.changesSinceSeal.length === 0) sheet.addRow(['None']);
  }

  heading(sheet, 'Funding: allocation against spend');
  header(sheet, ['Source / action', 'Funder', 'Amount', 'Allocated', 'Unallocated', `Spent in ${pack.quarter}`, 'Spent to quarter end']);
  for (const source of section.funding) {
    const sourceRow = sheet.addRow([source.source, source.funder, source.amount, source.allocated, source.unallocated, '', source.spentToQuarterEnd]);
    sourceRow.font = { bold: true };
    for (const column of [3, 4, 5, 7]) sourceRow.getCell(column).numFmt = MONEY;
    for (const action of source.actions) {
      const row = sheet.addRow([`  ${action.action}`, '', '', action.allocated, '', action.spentInQuarter, action.spentToQuarterEnd]);
      for (const column of [4, 6, 7]) row.getCell(column).numFmt = MONEY;
    }
  }
  if (section.funding.length === 0) sheet.addRow(['No funding sources recorded']);
  indicatorsXlsx(sheet, section.indicators);
}
