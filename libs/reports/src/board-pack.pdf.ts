import { DONE_COLOURS, NO_RAG_COLOURS } from '@saferplan/domain/shared/rag-palette';
import { pdfDocument } from './on-demand-libraries';
import { awaitingApprovalLine, type BoardPack, type BoardPackSection, CHANGED_SINCE_SEAL, DETAILS_WITHHELD, sealLine, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsPdf } from './board-pack.indicators';
import { FONT, PAGE, paginate, type PdfCell, PdfWriter } from './board-pack.pdf-layout';
import { actionsByPriority, type BoardPackSummary, countySummaryOf, packSummaryOf, spendWords } from './board-pack.summary';
import { asRecordedWords, ukMomentWords } from './board-pack.dates';
import { EXCEPTION_LABELS, percent, pounds, RAG_COLOURS, STATUS_BARS, STATUS_LABELS } from './rag-colours';

/**
 * The pack as a designed, tagged A4 PDF: a cover (partnership, quarter, seal, log head), a
 * summary page (tiles and a RAG chart), then per partnership its priorities' action tables,
 * exceptions, indicators, funding and changes since the seal. Page numbers and running headers
 * are drawn last, on every page, as artifacts.
 */
export async function boardPackPdf(pack: BoardPack): Promise<Buffer> {
  const PDFDocument = await pdfDocument();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: pack.title, Author: 'SaferPlan', Subject: `Board pack for ${pack.quarter}`, Creator: 'SaferPlan' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const w = new PdfWriter(doc, root);
  cover(w, pack);
  w.newPage();
  summaryPage(w, pack);
  for (const section of pack.sections) {
    // A partnership follows on (after the summary, or the one before it) while a third of the
    // page is left, so a short or withheld section never leaves a page almost empty.
    w.keep(PAGE_THIRD);
    sectionPages(w, pack, section);
  }
  root.end();
  paginate(doc, `${pack.title} · ${asRecorded(pack)}`);
  doc.end();
  return done;
}

const PAGE_THIRD = 270;

const asRecorded = asRecordedWords;

function cover(w: PdfWriter, pack: BoardPack): void {
  const { doc } = w;
  const board = pack.sections[0];
  w.artifact(() => doc.rect(0, 0, doc.page.width, 150).fill(`#${DONE_COLOURS.fill}`));
  doc.y = 60;
  w.root.add(doc.struct('P', {}, () => doc.font(FONT.bold).fontSize(12).fillColor('#FFFFFF').text('Board pack', w.left, 60, { width: w.width })));
  w.root.add(doc.struct('H1', {}, () => doc.font(FONT.bold).fontSize(24).fillColor('#FFFFFF').text(board?.partnership ?? pack.title, w.left, doc.y + 4, { width: w.width })));
  doc.y = 180;
  w.heading(2, `Quarter ${pack.quarter}`, 0);
  w.paragraph(`Financial year ${pack.financialYear}, ${asRecorded(pack)}.`, { size: 11 });
  const plans = pack.sections.filter((section) => section.planTitle).map((section) => section.planTitle!);
  if (plans.length > 0) w.paragraph(plans.length === 1 ? plans[0] : `${plans.length} action plans: ${plans.join('; ')}`, { size: 11 });
  if (pack.sections.length > 1) w.paragraph(`County pack: ${pack.sections.map((section) => section.partnership).join(', ')}.`);

  w.heading(3, 'Quarter seal', 0);
  if (pack.seal) {
    w.paragraph(`Sealed on ${ukMomentWords(pack.seal.sealedAt)}${pack.seal.sealedBy ? ` by ${pack.seal.sealedBy}` : ''}. Short root to read out: ${pack.seal.shortRoot}.`, { size: 11 });
  }
  // The audit line exactly as the workbook prints it, broken before the root so the instant, the
  // sealer and the root each stay whole on a line for anyone comparing them with sealQuarter's.
  const [who, root] = sealLine(pack).split(/(?<=seal root) /);
  w.paragraph(who, { size: 8, muted: !pack.seal });
  if (root) w.paragraph(root, { size: 8, code: true });

  w.heading(3, 'Signed head of the event log', 0);
  w.paragraph('Keep this line: anyone can check the log against it later (saferplan verify).', { size: 9, muted: true });
  w.paragraph(treeHeadLine(pack, ukMomentWords), { size: 7, code: true });
}

const statusWords = (s: Pick<BoardPackSummary, 'completed' | 'onTrack' | 'atRisk' | 'offTrack' | 'notStarted'>): string =>
  STATUS_BARS.map(([key, label]) => `${s[key]} ${label.toLowerCase()}`).join(', ');

function summaryPage(w: PdfWriter, pack: BoardPack): void {
  const total = packSummaryOf(pack);
  w.heading(1, `Summary for ${pack.quarter}`);
  w.paragraph(`Status of each action at the end of ${pack.quarter}, not today's.`, { muted: true });
  tiles(w, [
    ['Actions by status', `${total.actions}`, statusWords(total)],
    ['Overdue milestones', `${total.overdueMilestones}`, 'due by the quarter end, not reached'],
    ['Late returns', `${total.lateReturns}`, 'updates missing or recorded after the deadline'],
    ['Spend against allocation', total.funding ? pounds(total.funding.spent) : 'Withheld', spendWords(total.funding, pounds)],
  ]);

  const county = pack.sections.length > 1;
  const bars = county
    ? countySummaryOf(pack).map((row) => ({ label: row.partnership, ...row }))
    : (pack.sections[0]?.priorities ?? []).map((p) => ({ label: p.title, ...p.progress }));
  w.heading(2, county ? 'RAG by partnership' : 'RAG by priority', 60 + bars.length * 22);
  ragChart(w, bars);

  if (county) {
    w.heading(2, 'County summary');
    w.table(
      ['Partnership', 'Actions', 'Completed', 'On track', 'At risk', 'Off track', 'Not started', 'Overdue milestones', 'Late returns', 'Spend against allocation'],
      countySummaryOf(pack).map((row) => [
        { text: row.partnership, bold: true },
        ...[row.actions, row.completed, row.onTrack, row.atRisk, row.offTrack, row.notStarted, row.overdueMilestones, row.lateReturns].map((n) => ({ text: String(n), align: 'right' as const })),
        spendWords(row.funding, pounds),
      ]),
      ['*', 36, 46, 34, 34, 34, 36, 46, 36, 90],
      'No partnerships',
    );
  }
}

function tiles(w: PdfWriter, items: Array<[string, string, string]>): void {
  const { doc } = w;
  const gap = 10;
  const width = (w.width - gap * (items.length - 1)) / items.length;
  const height = 96;
  w.keep(height + 10);
  const top = doc.y;
  items.forEach(([label, figure, detail], i) => {
    const x = w.left + i * (width + gap);
    w.artifact(() => doc.roundedRect(x, top, width, height, 4).fillAndStroke('#F3F5F7', '#C9CED4'));
    w.root.add(
      w.doc.struct('P', {}, () => {
        doc.font(FONT.bold).fontSize(8.5).fillColor('#4A4F57').text(label, x + 8, top + 8, { width: width - 16 });
        doc.font(FONT.bold).fontSize(figure.length > 8 ? 14 : 22).fillColor('#111111').text(figure, x + 8, top + 26, { width: width - 16 });
        doc.font(FONT.body).fontSize(7.5).fillColor('#111111').text(detail, x + 8, top + 56, { width: width - 16, height: height - 60 });
      }),
    );
  });
  doc.x = w.left;
  doc.y = top + height + 14;
}

/** Stacked bars by status at the quarter's end, drawn as vector shapes, the figures in the alt text. */
function ragChart(w: PdfWriter, bars: Array<{ label: string } & Record<(typeof STATUS_BARS)[number][0] | 'actions', number>>): void {
  if (bars.length === 0) {
    w.paragraph('No actions', { muted: true });
    return;
  }
  const { doc } = w;
  const labelWidth = 170;
  const barWidth = w.width - labelWidth - 10;
  const rowHeight = 20;
  const alt = `Actions by status at the end of the quarter: ${bars.map((bar) => `${bar.label}: ${statusWords(bar)}`).join('; ')}.`;
  const height = bars.length * rowHeight + 30;
  w.figure(alt, height, (x, y) => {
    const most = Math.max(1, ...bars.map((bar) => bar.actions));
    bars.forEach((bar, row) => {
      const top = y + row * rowHeight;
      doc.font(FONT.body).fontSize(7.5).fillColor('#111111').text(bar.label, x, top + 5, { width: labelWidth - 6, height: 9, ellipsis: true });
      let left = x + labelWidth;
      for (const [key, , colours] of STATUS_BARS) {
        const width = (bar[key] / most) * barWidth;
        if (width <= 0) continue;
        doc.rect(left, top + 2, width, rowHeight - 6).fillAndStroke(`#${colours.fill}`, '#FFFFFF');
        if (width > 14) doc.font(FONT.bold).fontSize(7.5).fillColor(`#${colours.text}`).text(String(bar[key]), left, top + 6, { width, align: 'center', lineBreak: false });
        left += width;
      }
    });
    const legendTop = y + bars.length * rowHeight + 8;
    let left = x + labelWidth;
    for (const [, label, colours] of STATUS_BARS) {
      doc.rect(left, legendTop, 9, 9).fillAndStroke(`#${colours.fill}`, '#4A4F57');
      doc.font(FONT.body).fontSize(7.5).fillColor('#111111').text(label, left + 12, legendTop + 1, { lineBreak: false });
      left += 66;
    }
  });
}

const ragCell = (rag: keyof typeof RAG_COLOURS): PdfCell => ({ text: rag, fill: RAG_COLOURS[rag].fill, colour: RAG_COLOURS[rag].text });

function sectionPages(w: PdfWriter, pack: BoardPack, section: BoardPackSection): void {
  w.heading(1, section.partnership);
  w.paragraph(section.planTitle ?? `No action plan for ${pack.financialYear}`, { size: 11 });
  w.heading(2, 'Progress by priority');
  w.table(
    ['Priority', 'Statutory', 'Actions', 'Completed', 'On track', 'At risk', 'Off track', 'Not started', 'Milestones reached', 'Overdue', '% complete'],
    section.priorities.map((p) => [
      { text: p.title, bold: true },
      p.statutory ? 'Yes' : 'No',
      ...[p.progress.actions, p.progress.completed, p.progress.onTrack, p.progress.atRisk, p.progress.offTrack, p.progress.notStarted].map((n) => ({ text: String(n), align: 'right' as const })),
      { text: `${p.progress.milestonesReached} of ${p.progress.milestones}`, align: 'right' },
      { text: String(p.progress.milestonesOverdue), align: 'right' },
      { text: percent(p.progress.percentComplete), align: 'right' },
    ]),
    ['*', 42, 36, 46, 34, 34, 34, 36, 50, 40, 40],
    'No priorities',
  );
  if (awaitingApprovalLine(section)) w.paragraph(awaitingApprovalLine(section));
  if (section.detailsWithheld) {
    w.paragraph(DETAILS_WITHHELD);
    return;
  }

  w.heading(2, `Actions and ${pack.quarter} updates`);
  w.paragraph(`Status and percentage at the end of ${pack.quarter}.`, { muted: true });
  for (const priority of actionsByPriority(section)) {
    w.heading(3, `${priority.title}${priority.statutory ? ' (statutory)' : ''}`, 80);
    w.table(
      ['Action', 'Owner', 'Status at quarter end', 'RAG', '%', 'Update', 'Recorded'],
      priority.actions.map((a) => [
        { text: a.action, bold: true },
        a.leadOfficer ? `${a.leadAgency} (${a.leadOfficer})` : a.leadAgency,
        STATUS_LABELS[a.status] ?? a.status,
        a.update ? ragCell(a.update.rag) : { text: a.dueBy ? `Due by ${a.dueBy}` : 'No update' },
        { text: percent(a.update?.percentComplete ?? a.percentComplete), align: 'right' },
        a.update ? a.update.narrative + updateNote(a.update) : '',
        a.update ? `${a.update.recordedBy}, ${ukMomentWords(a.update.recordedAt)}` : '',
      ]),
      [110, 74, 50, 40, 30, '*', 70],
      'No actions under this priority',
    );
  }

  w.heading(2, 'Exceptions');
  w.table(
    ['Exception', 'Priority', 'Action', 'Detail'],
    section.exceptions.map((e) => [{ text: EXCEPTION_LABELS[e.kind], bold: true }, e.priority, e.action, e.detail]),
    [70, 130, 130, '*'],
    'None',
  );

  indicatorsPdf(w, section.indicators);

  w.heading(2, 'Funding: allocation against spend');
  w.table(
    ['Source / action', 'Funder', 'Amount', 'Allocated', 'Unallocated', `Spent in ${pack.quarter}`, 'Spent to quarter end'],
    section.funding.flatMap((s) => [
      [{ text: s.source, bold: true }, s.funder, ...[s.amount, s.allocated, s.unallocated].map((n) => ({ text: pounds(n), align: 'right' as const })), '', { text: pounds(s.spentToQuarterEnd), align: 'right' }],
      ...s.actions.map((a) => [`— ${a.action}`, '', '', { text: pounds(a.allocated), align: 'right' as const }, '', { text: pounds(a.spentInQuarter), align: 'right' as const }, { text: pounds(a.spentToQuarterEnd), align: 'right' as const }]),
    ]),
    ['*', 90, 56, 56, 56, 56, 60],
    section.fundingGiven.length > 0 ? 'No funding received' : 'No funding sources recorded',
  );
  if (section.fundingGiven.length > 0) {
    w.heading(3, 'Funding given');
    w.table(
      ['Source', 'Given to', 'Amount', 'Allocated by the recipient', 'Spent to quarter end'],
      section.fundingGiven.map((g) => [{ text: g.source, bold: true }, g.recipient, ...[g.amount, g.allocated, g.spentToQuarterEnd].map((n) => ({ text: pounds(n), align: 'right' as const }))]),
      ['*', 130, 60, 70, 70],
      'None',
    );
  }

  if (pack.seal) {
    w.heading(2, CHANGED_SINCE_SEAL);
    w.table(
      ['Priority', 'Action', 'Before', 'After', 'Why', 'Recorded'],
      section.changesSinceSeal.map((c) => [c.priority, c.action, c.before, c.after, c.reason ?? 'First update for the quarter, recorded after the seal', `${c.recordedBy}, ${ukMomentWords(c.recordedAt)}`]),
      [70, 80, '*', '*', 80, 60],
      'None',
    );
  }
}
