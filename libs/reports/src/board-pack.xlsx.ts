import type ExcelJS from 'exceljs';
import { excel } from './on-demand-libraries';
import { awaitingApprovalLine, type BoardPack, type BoardPackSection, CHANGED_SINCE_SEAL, DETAILS_WITHHELD, sealLine, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsXlsx } from './board-pack.indicators';
import { EXCEPTION_LABELS, PROGRESS_COLUMNS, RAG_COLOURS, STATUS_LABELS, subtitleOf } from './rag-colours';
import { excelMoment, UK_MOMENT_FORMAT } from './board-pack.dates';
import { allActionsSheet, countySummarySheet, header, MONEY } from './board-pack.xlsx-sheets';

const argb = (hex: string): string => `FF${hex}`;

/**
 * The pack as a workbook: one sheet per partnership (RAG cells carry both the colour and the
 * word), then "County summary" for a county pack and "All actions", one filterable table of every
 * action. Header rows are frozen, tables filter, dates are date cells shown the UK way.
 */
export async function boardPackXlsx(pack: BoardPack): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'SaferPlan';
  workbook.title = pack.title;
  const used = new Set<string>();
  for (const section of pack.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.partnership, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    writeSection(sheet, pack, section);
  }
  if (pack.sections.length > 1) countySummarySheet(workbook.addWorksheet(sheetName('County summary', used), { views: [{ state: 'frozen', ySplit: 1 }] }), pack);
  allActionsSheet(workbook.addWorksheet(sheetName('All actions', used), { views: [{ state: 'frozen', ySplit: 1 }] }), pack);
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
  const actionsHeader = header(sheet, ['Priority', 'Action', 'Lead agency', 'Lead officer', 'Status', 'RAG', '% complete', 'Narrative', 'Recorded by', 'Recorded at']);
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
      action.update ? excelMoment(action.update.recordedAt) : '',
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(10).numFmt = UK_MOMENT_FORMAT;
    if (action.update) {
      const colours = RAG_COLOURS[action.update.rag];
      const rag = row.getCell(6);
      rag.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours.fill) } };
      rag.font = { bold: true, color: { argb: argb(colours.text) } };
    }
  }

  // One filter per sheet (Excel's rule): on the actions table, the one boards sort and narrow.
  sheet.autoFilter = { from: { row: actionsHeader.number, column: 1 }, to: { row: actionsHeader.number + Math.max(1, section.actions.length), column: 10 } };

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
      const row = sheet.addRow([c.priority, c.action, c.before, c.after, c.reason ?? 'First update for the quarter, recorded after the seal', c.recordedBy, excelMoment(c.recordedAt)]);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell(7).numFmt = UK_MOMENT_FORMAT;
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
  if (section.funding.length === 0) sheet.addRow([section.fundingGiven.length > 0 ? 'No funding received' : 'No funding sources recorded']);
  if (section.fundingGiven.length > 0) {
    heading(sheet, 'Funding given');
    header(sheet, ['Source', 'Given to', 'Amount', 'Allocated by the recipient', 'Spent to quarter end']);
    for (const given of section.fundingGiven) {
      const row = sheet.addRow([given.source, given.recipient, given.amount, given.allocated, given.spentToQuarterEnd]);
      for (const column of [3, 4, 5]) row.getCell(column).numFmt = MONEY;
    }
  }
  indicatorsXlsx(sheet, section.indicators);
}
