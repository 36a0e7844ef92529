/**
 * The pack's "Indicators" section: each indicator of the partnership's plan with its quarters up
 * to the pack's quarter, value against target and the RAG in words, the rule printed beside it.
 * Kept apart from the other renderings so each of them calls it in one line.
 */
import type ExcelJS from 'exceljs';
import { compareQuarters, INDICATOR_RAG_RULE, type IndicatorRag, indicatorRag, indicatorRagWords, quartersOf } from '@saferplan/domain';
import type { IndicatorView, PlanQueries } from '@saferplan/projections';

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

/** Each figure with its unit, the way analysts write them. */
export function figureOf(value: number, unit: IndicatorView['unit']): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  switch (unit) {
    case 'PERCENT':
      return `${number}%`;
    case 'RATE_PER_1000':
      return `${number} per 1,000`;
    case 'CURRENCY_GBP':
      return `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case 'DAYS':
      return `${number} days`;
    default:
      return number;
  }
}

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
  const targetWords = target === null ? 'no target' : `target ${figureOf(target, indicator.unit)}`;
  if (value === null) return { quarter, value, target, rag: null, words: `No value (${targetWords})` };
  const rag = indicatorRag(value, target, indicator.polarity, indicator.amberTolerancePercent);
  const words = `${figureOf(value, indicator.unit)} against ${targetWords}: ${indicatorRagWords(rag, indicator.amberTolerancePercent, indicator.polarity)}`;
  return { quarter, value, target, rag, words };
}

const describeIndicator = (indicator: BoardPackIndicator): string =>
  `${indicator.name} (${indicator.priority}; ${indicator.better.toLowerCase()}; baseline ${indicator.baseline}` +
  `${indicator.source ? `; source ${indicator.source}` : ''}${indicator.aggregation ? `; ${indicator.aggregation}` : ''})`;

// ---- renderings, one call each from the html, pdf and xlsx files ----

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

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
</tbody></table>`;
}

export function indicatorsPdf(doc: PDFKit.PDFDocument, indicators: BoardPackIndicator[] = []): void {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('black').text(INDICATORS_HEADING).fontSize(10).font('Helvetica');
  if (indicators.length === 0) {
    doc.text('No indicators recorded');
    return;
  }
  doc.text(INDICATOR_RAG_RULE);
  for (const indicator of indicators) {
    doc.font('Helvetica-Bold').text(describeIndicator(indicator)).font('Helvetica');
    for (const q of indicator.quarters) doc.text(`  ${q.quarter}: ${q.words}`);
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
