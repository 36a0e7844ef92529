/**
 * The pack's "Indicators" section: each indicator of the partnership's plan with its quarters up
 * to the pack's quarter, value against target and the RAG in words, the rule printed beside it.
 * Kept apart from the other renderings so each of them calls it in one line.
 */
import type ExcelJS from 'exceljs';
import { figureWithUnit, valueAgainstTarget } from '@saferplan/domain/indicator/indicator-figures';
import { compareQuarters, INDICATOR_RAG_RULE, type IndicatorRag, indicatorRag, indicatorRagWords, quartersOf } from '@saferplan/domain';
import type { IndicatorView, PlanQueries } from '@saferplan/projections';
import { NO_RAG_COLOURS } from '@saferplan/domain/shared/rag-palette';
import { RAG_COLOURS } from './rag-colours';
import type { PdfWriter } from './board-pack.pdf-layout';

export interface BoardPackIndicatorQuarter {
  quarter: string;
  value: number | null;
  target: number | null;
  /** Null when no value is recorded for the quarter. */
  rag: IndicatorRag | null;
  /** What the reader sees: figure against target and the RAG in words. */
  words: string;
}

export interface BoardPackIndicator {
  priority: string; // the priority's title, or "Whole plan"
  name: string;
  unit: IndicatorView['unit'];
  better: string; // "Lower is better"
  baseline: string;
  source: string;
  /** "Sum of the districts' figures" for a county roll-up, else null. */
  aggregation: string | null;
  quarters: BoardPackIndicatorQuarter[]; // Q1 up to the pack's quarter
}

export const INDICATORS_HEADING = 'Indicators: value against target';

/** Each figure with its unit: the dashboard's words (one shared module in the domain). */
export const figureOf = (value: number, unit: IndicatorView['unit']): string => figureWithUnit(value, unit);

export function indicatorsOf(queries: PlanQueries, partnershipId: string, financialYear: string, quarter: string): BoardPackIndicator[] {
  return queries.indicators({ partnershipId, financialYear }).map((indicator) => {
    const byQuarter = new Map(queries.indicatorQuarters(indicator).map((q) => [q.quarter, q]));
    const quarters = quartersOf(financialYear)
      .filter((each) => compareQuarters(each, quarter) <= 0)
      .map((each) => quarterOf(indicator, each, byQuarter.get(each)?.value ?? null, byQuarter.get(each)?.target ?? null));
    return {
      priority: (indicator.priorityId && queries.priority(indicator.priorityId)?.title) || 'Whole plan',
      name: indicator.name,
      unit: indicator.unit,
      better: indicator.polarity === 'HIGHER_IS_BETTER' ? 'Higher is better' : 'Lower is better',
      baseline: indicator.baseline === null ? 'No baseline' : figureOf(indicator.baseline, indicator.unit),
      source: indicator.source ?? '',
      aggregation: indicator.aggregation === null ? null : indicator.aggregation === 'SUM' ? "Sum of the districts' figures" : "Mean of the districts' figures",
      quarters,
    };
  });
}

function quarterOf(indicator: IndicatorView, quarter: string, value: number | null, target: number | null): BoardPackIndicatorQuarter {
  const figures = valueAgainstTarget(value, target, indicator.unit);
  if (value === null) return { quarter, value, target, rag: null, words: figures };
  const rag = indicatorRag(value, target, indicator.polarity, indicator.amberTolerancePercent);
  const words = `${figures}: ${indicatorRagWords(rag, indicator.amberTolerancePercent, indicator.polarity)}`;
  return { quarter, value, target, rag, words };
}

const describeIndicator = (indicator: BoardPackIndicator): string =>
  `${indicator.name} (${indicator.priority}; ${indicator.better.toLowerCase()}; baseline ${indicator.baseline}` +
  `${indicator.source ? `; source ${indicator.source}` : ''}${indicator.aggregation ? `; ${indicator.aggregation}` : ''})`;

// ---- renderings, one call each from the html, pdf and xlsx files ----

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

// ---- the line chart: value solid, target dashed, each point labelled with its figure and RAG ----

const RAG_LETTER: Record<IndicatorRag, string> = { GREEN: 'G', AMBER: 'A', RED: 'R', NO_TARGET: '-' };
const CHART = { width: 360, height: 150, left: 40, right: 20, top: 24, bottom: 118 };

/** Where each quarter's value and target sit on the chart; null where there is no figure. */
function chartPoints(indicator: BoardPackIndicator) {
  const figures = indicator.quarters.flatMap((q) => [q.value, q.target]).filter((n): n is number => n !== null);
  const max = Math.max(0, ...figures);
  const min = Math.min(0, ...figures);
  const y = (n: number) => CHART.bottom - ((n - min) / (max - min || 1)) * (CHART.bottom - CHART.top);
  const step = (CHART.width - CHART.left - CHART.right) / 3; // four quarters across the year
  return indicator.quarters.map((q, i) => ({
    quarter: q,
    x: CHART.left + i * step,
    value: q.value === null ? null : y(q.value),
    target: q.target === null ? null : y(q.target),
  }));
}

const pathOf = (points: Array<{ x: number; y: number | null }>): string =>
  points.reduce((d, p, i) => (p.y === null ? d : `${d}${d && points[i - 1]?.y !== null ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)} `), '').trim();

/** An inline SVG (no scripts, no assets) with a title and description, for the HTML pack. */
export function indicatorChartSvg(indicator: BoardPackIndicator): string {
  const points = chartPoints(indicator);
  const description = indicator.quarters.map((q) => `${q.quarter}: ${q.words}`).join('; ');
  const marks = points
    .map((p) => {
      const label = `<text x="${p.x}" y="${CHART.bottom + 16}" text-anchor="middle" font-size="11">${escape(p.quarter.quarter.slice(-2))}</text>`;
      if (p.value === null || p.quarter.value === null) return label;
      const rag = p.quarter.rag ?? 'NO_TARGET';
      const fill = rag === 'NO_TARGET' ? NO_RAG_COLOURS.mark : RAG_COLOURS[rag].mark;
      return `${label}<circle cx="${p.x}" cy="${p.value.toFixed(1)}" r="4" fill="#${fill}" stroke="#111"/>` +
        `<text x="${p.x}" y="${(p.value - 8).toFixed(1)}" text-anchor="middle" font-size="11">${escape(`${figureOf(p.quarter.value, indicator.unit)} ${RAG_LETTER[rag]}`)}</text>`;
    })
    .join('');
  return `<svg class="indicator-chart" viewBox="0 0 ${CHART.width} ${CHART.height}" width="${CHART.width}" height="${CHART.height}" role="img" aria-label="${escape(`${indicator.name}: ${description}`)}">` +
    `<title>${escape(`${indicator.name}: value against target`)}</title><desc>${escape(description)}</desc>` +
    `<line x1="20" x2="${CHART.width - 10}" y1="${CHART.bottom + 4}" y2="${CHART.bottom + 4}" stroke="#4a4f57"/>` +
    `<path d="${pathOf(points.map((p) => ({ x: p.x, y: p.target })))}" fill="none" stroke="#4a4f57" stroke-dasharray="6 4"/>` +
    `<path d="${pathOf(points.map((p) => ({ x: p.x, y: p.value })))}" fill="none" stroke="#2d5ea8" stroke-width="2"/>` +
    `${marks}</svg>`;
}

/** The same chart drawn with pdfkit's vector lines, from (originX, originY). */
function indicatorChartPdf(doc: PDFKit.PDFDocument, indicator: BoardPackIndicator, originX: number, originY: number): void {
  const points = chartPoints(indicator);
  const at = (x: number, y: number): [number, number] => [originX + x, originY + y];
  doc.save();
  doc.moveTo(...at(20, CHART.bottom + 4)).lineTo(...at(CHART.width - 10, CHART.bottom + 4)).strokeColor('#4a4f57').lineWidth(0.5).stroke();
  for (const [key, colour, dash] of [['target', '#4a4f57', true], ['value', '#2d5ea8', false]] as const) {
    const drawn = points.filter((p) => p[key] !== null);
    drawn.forEach((p, i) => (i === 0 ? doc.moveTo(...at(p.x, p[key]!)) : doc.lineTo(...at(p.x, p[key]!))));
    if (drawn.length > 0) {
      if (dash) doc.dash(4, { space: 3 });
      doc.strokeColor(colour).lineWidth(dash ? 0.8 : 1.5).stroke();
      doc.undash();
    }
  }
  doc.restore();
  doc.fillColor('black').fontSize(8);
  for (const p of points) {
    doc.text(p.quarter.quarter.slice(-2), ...at(p.x - 10, CHART.bottom + 8), { width: 20, align: 'center', lineBreak: false });
    if (p.value !== null && p.quarter.value !== null) {
      const label = `${figureOf(p.quarter.value, indicator.unit)} ${RAG_LETTER[p.quarter.rag ?? 'NO_TARGET']}`;
      doc.circle(...at(p.x, p.value), 3).fill(`#${p.quarter.rag && p.quarter.rag !== 'NO_TARGET' ? RAG_COLOURS[p.quarter.rag].mark : NO_RAG_COLOURS.mark}`);
      doc.fillColor('black');
      doc.text(label, ...at(p.x - 30, p.value - 12), { width: 60, align: 'center', lineBreak: false });
    }
  }
}

export function indicatorsHtml(indicators: BoardPackIndicator[] = []): string {
  if (indicators.length === 0) return `<h3>${INDICATORS_HEADING}</h3>\n<p>No indicators recorded</p>`;
  const rows = indicators.flatMap((indicator) =>
    indicator.quarters.map(
      (q, index) =>
        `<tr>${index === 0 ? `<td rowspan="${indicator.quarters.length}">${escape(describeIndicator(indicator))}</td>` : ''}<td>${escape(q.quarter)}</td>` +
        `<td${q.rag && q.rag !== 'NO_TARGET' ? ` class="rag-${q.rag}"` : ''}>${escape(q.words)}</td></tr>`,
    ),
  );
  return `<h3>${INDICATORS_HEADING}</h3>
<p>${escape(INDICATOR_RAG_RULE)}</p>
<table><thead><tr><th>Indicator</th><th>Quarter</th><th>Value against target</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p>Charts: solid line the value, dashed line the target; G, A, R give each value's RAG.</p>
${indicators.map((indicator) => `<figure>${indicatorChartSvg(indicator)}<figcaption>${escape(describeIndicator(indicator))}</figcaption></figure>`).join('\n')}`;
}

/** Each indicator as a table of its quarters and its chart, a tagged Figure whose alt text says every point. */
export function indicatorsPdf(w: PdfWriter, indicators: BoardPackIndicator[] = []): void {
  w.heading(2, INDICATORS_HEADING);
  if (indicators.length === 0) {
    w.paragraph('No indicators recorded', { muted: true });
    return;
  }
  w.paragraph(INDICATOR_RAG_RULE, { muted: true });
  for (const indicator of indicators) {
    w.heading(3, describeIndicator(indicator), CHART.height + 60);
    w.table(
      ['Quarter', 'Value against target'],
      indicator.quarters.map((q) => [q.quarter, q.rag && q.rag !== 'NO_TARGET' ? { text: q.words, fill: RAG_COLOURS[q.rag].tint, colour: RAG_COLOURS[q.rag].tintText } : q.words]),
      [70, '*'],
      'No quarters',
    );
    const alt = `Chart of ${indicator.name}, value (solid line) against target (dashed line): ${indicator.quarters.map((q) => `${q.quarter}: ${q.words}`).join('; ')}.`;
    w.figure(alt, CHART.height, (x, y) => indicatorChartPdf(w.doc, indicator, x, y));
  }
}

export function indicatorsXlsx(sheet: ExcelJS.Worksheet, indicators: BoardPackIndicator[] = []): void {
  sheet.addRow([]);
  sheet.addRow([INDICATORS_HEADING]).font = { bold: true, size: 13 };
  if (indicators.length === 0) {
    sheet.addRow(['No indicators recorded']);
    return;
  }
  sheet.addRow([INDICATOR_RAG_RULE]);
  const header = sheet.addRow(['Indicator', 'Quarter', 'Value', 'Target', 'RAG', 'In words']);
  header.font = { bold: true };
  for (const indicator of indicators) {
    for (const q of indicator.quarters) {
      sheet.addRow([describeIndicator(indicator), q.quarter, q.value ?? '', q.target ?? '', q.rag ?? 'No value', q.words]).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
