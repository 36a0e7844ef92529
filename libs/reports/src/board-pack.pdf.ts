import { pdfDocument } from './on-demand-libraries';
import { awaitingApprovalLine, type BoardPack, CHANGED_SINCE_SEAL, DETAILS_WITHHELD, sealLine, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsPdf } from './board-pack.indicators';
import { EXCEPTION_LABELS, percent, pounds, RAG_COLOURS, STATUS_LABELS, subtitleOf } from './rag-colours';

/** The pack as an A4 PDF (pdfkit, built-in Helvetica): a page per partnership, RAG words in their colour. */
export async function boardPackPdf(pack: BoardPack): Promise<Buffer> {
  const PDFDocument = await pdfDocument();
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: pack.title, Creator: 'SaferPlan' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(16).text(pack.title);
  doc.font('Helvetica').fontSize(10).text(subtitleOf(pack));
  doc.text(sealLine(pack));
  doc.text(treeHeadLine(pack));
  pack.sections.forEach((section, index) => {
    if (index > 0) doc.addPage();
    doc.moveDown().font('Helvetica-Bold').fontSize(14).fillColor('black').text(section.partnership);
    doc.font('Helvetica').fontSize(10).text(section.planTitle ?? `No action plan for ${pack.financialYear}`);

    subheading(doc, 'Progress by priority');
    for (const p of section.priorities) {
      const g = p.progress;
      doc.font('Helvetica-Bold').text(`${p.title}${p.statutory ? ' (statutory)' : ''}: ${percent(g.percentComplete)}`);
      doc.font('Helvetica').text(
        `${g.actions} actions: ${g.completed} completed, ${g.onTrack} on track, ${g.atRisk} at risk, ${g.offTrack} off track, ${g.notStarted} not started; ` +
          `milestones ${g.milestonesReached}/${g.milestones} reached, ${g.milestonesOverdue} overdue`,
      );
    }

    if (awaitingApprovalLine(section)) doc.moveDown().font('Helvetica').text(awaitingApprovalLine(section));

    if (section.detailsWithheld) {
      doc.moveDown().font('Helvetica').text(DETAILS_WITHHELD);
      return;
    }

    subheading(doc, `Actions and ${pack.quarter} updates`);
    for (const a of section.actions) {
      doc.font('Helvetica-Bold').fillColor('black').text(a.action, { continued: true }).font('Helvetica').text(`  (${a.leadAgency}; ${STATUS_LABELS[a.status] ?? a.status})`);
      if (a.update) {
        doc.fillColor(`#${RAG_COLOURS[a.update.rag].fill}`).font('Helvetica-Bold').text(a.update.rag, { continued: true });
        doc.fillColor('black').font('Helvetica').text(`  ${percent(a.update.percentComplete)}: ${a.update.narrative}${updateNote(a.update)}`);
      } else {
        doc.text(a.dueBy ? `Due by ${a.dueBy}` : 'No update');
      }
    }

    subheading(doc, 'Exceptions');
    if (section.exceptions.length === 0) doc.text('None');
    for (const e of section.exceptions) doc.text(`${EXCEPTION_LABELS[e.kind]}: ${e.action}: ${e.detail}`);

    if (pack.seal) {
      subheading(doc, CHANGED_SINCE_SEAL);
      if (section.changesSinceSeal.length === 0) doc.text('None');
      for (const c of section.changesSinceSeal) {
        doc.text(`${c.action}: ${c.recordedBy}, ${c.recordedAt}: ${c.reason ?? 'first update for the quarter, recorded after the seal'}. Before: ${c.before}. After: ${c.after}`);
      }
    }

    subheading(doc, 'Funding: allocation against spend');
    if (section.funding.length === 0) doc.text('No funding sources recorded');
    for (const s of section.funding) {
      doc.font('Helvetica-Bold').text(`${s.source} from ${s.funder}: ${pounds(s.amount)}; allocated ${pounds(s.allocated)}; spent to quarter end ${pounds(s.spentToQuarterEnd)}`);
      doc.font('Helvetica');
      for (const a of s.actions) doc.text(`  ${a.action}: allocated ${pounds(a.allocated)}, spent in quarter ${pounds(a.spentInQuarter)}, to quarter end ${pounds(a.spentToQuarterEnd)}`);
    }
    indicatorsPdf(doc, section.indicators);
  });
  doc.end();
  return done;
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('black').text(text).fontSize(10).font('Helvetica');
}
