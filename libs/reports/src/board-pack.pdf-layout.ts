/**
 * The board pack's page furniture for pdfkit, tagged for assistive technology: every heading,
 * paragraph and table is a structure element under one Document; drawings are Figures with alt
 * text, or Artifacts when they only decorate. The section files say what to print; this file
 * says how, so the pack has one type scale, one table style and one rule against orphan headings.
 */
export const PAGE = { size: 'A4', margins: { top: 62, bottom: 54, left: 48, right: 48 } } as const;

export const FONT = { body: 'Helvetica', bold: 'Helvetica-Bold', code: 'Courier' } as const;

const INK = '#111111';
const MUTED = '#4A4F57';
const RULE = '#9AA0A6';
const HEADER_FILL = '#DDE3EA';

export interface PdfCell {
  text: string;
  /** Hex without "#", for RAG cells: the word stays in the cell, the colour only repeats it. */
  fill?: string;
  colour?: string;
  bold?: boolean;
  align?: 'left' | 'right' | 'center';
}

type Cell = string | PdfCell;

/** What the section renderers draw with; one per document. */
export class PdfWriter {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly root: PDFKit.PDFStructureElement,
  ) {}

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Room left on the page before the bottom margin. */
  get room(): number {
    return this.doc.page.height - this.doc.page.margins.bottom - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit: a heading never ends a page alone. */
  keep(height: number): void {
    if (this.room < height) this.newPage();
  }

  heading(level: 1 | 2 | 3, text: string, keepWithNext = 110): void {
    const size = { 1: 20, 2: 15, 3: 12 }[level];
    this.keep(keepWithNext + size * 2);
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.moveDown(level === 1 ? 1.4 : level === 2 ? 0.9 : 0.6);
    this.doc.x = this.left;
    this.root.add(
      this.doc.struct(`H${level}`, {}, () => {
        this.doc.font(FONT.bold).fontSize(size).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
      }),
    );
    this.doc.moveDown(0.3);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; muted?: boolean; code?: boolean } = {}): void {
    const font = options.code ? FONT.code : options.bold ? FONT.bold : FONT.body;
    this.doc.x = this.left;
    this.root.add(
      this.doc.struct('P', {}, () => {
        this.doc.font(font).fontSize(options.size ?? 9.5).fillColor(options.muted ? MUTED : INK).text(text, this.left, this.doc.y, { width: this.width });
      }),
    );
    this.doc.moveDown(0.35);
  }

  /**
   * A table with a header row (TH, scoped to its column) and text that wraps inside its cells;
   * rows move to the next page whole. `widths` in points or '*' for the rest.
   */
  table(headings: string[], rows: Cell[][], widths: Array<number | string>, empty: string): void {
    if (rows.length === 0) {
      this.paragraph(empty, { muted: true });
      return;
    }
    const { doc } = this;
    this.keep(60);
    doc.font(FONT.body).fontSize(8);
    const table = doc.table({
      structParent: this.root,
      position: { x: this.left, y: doc.y },
      maxWidth: this.width,
      columnStyles: widths.map((width) => ({ width })),
      defaultStyle: { border: 0.5, borderColor: RULE, padding: [3, 4, 3, 4], textColor: INK },
    } as PDFKit.Mixins.TableOptions & { structParent: PDFKit.PDFStructureElement });
    table.row(headings.map((text) => ({ text, type: 'TH', scope: 'Column', backgroundColor: HEADER_FILL, font: { src: FONT.bold, size: 7 } }) as PDFKit.Mixins.RowOptions));
    for (const row of rows) {
      table.row(
        row.map((cell) => {
          const c = typeof cell === 'string' ? { text: cell } : cell;
          return {
            text: c.text,
            font: { src: c.bold || c.fill ? FONT.bold : FONT.body, size: 8 },
            ...(c.fill ? { backgroundColor: `#${c.fill}` } : {}),
            ...(c.colour ? { textColor: `#${c.colour}` } : {}),
            ...(c.align ? { align: { x: c.align, y: 'top' } } : {}),
          } as PDFKit.Mixins.RowOptions;
        }),
      );
    }
    table.end();
    doc.x = this.left;
    doc.moveDown(0.6);
  }

  /** A drawing readers of the text alone are told about: a Figure with its alt text. */
  figure(alt: string, height: number, draw: (x: number, y: number) => void): void {
    this.keep(height + 8);
    const x = this.left;
    const y = this.doc.y;
    this.root.add(this.doc.struct('Figure', { alt }, () => draw(x, y)));
    this.doc.x = this.left;
    this.doc.y = y + height + 8;
  }

  /** Decoration only (backgrounds, rules): marked so screen readers skip it. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }
}

/**
 * Running header and "Page n of m" on every page but the cover, drawn once all pages exist
 * (bufferPages) and marked as pagination artifacts, not content.
 */
export function paginate(doc: PDFKit.PDFDocument, runningHeader: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    doc.page.margins.bottom = 0; // text in the margin must not start a new page
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONT.body).fontSize(8).fillColor(MUTED);
    if (i > start) {
      doc.text(runningHeader, margins.left, 28, { width: width - margins.left - margins.right, lineBreak: false, ellipsis: true });
      doc.moveTo(margins.left, 42).lineTo(width - margins.right, 42).strokeColor(RULE).lineWidth(0.5).stroke();
    }
    doc.text(`Page ${i - start + 1} of ${count}`, margins.left, height - 34, { width: width - margins.left - margins.right, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
