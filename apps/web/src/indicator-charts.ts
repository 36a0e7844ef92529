import { ScrollWrap } from './data-table';
import { h } from 'preact';
import { type DistrictRow, figure, type Indicator, type IndicatorLine, indicatorDescription } from './indicator-figures';

/**
 * Indicator charts, hand-written SVG like charts.ts: the value line against the dashed target
 * line over the quarters, each point labelled with its figure and RAG letter, the RAG in words
 * and the rule beside it, a description for screen readers and the figures as a table.
 */

const short = (quarter: string): string => quarter.slice(-2);
// "2017/18 Q1" -> "17/18 Q1" when the line spans years, so each mark says which year it is.
const markOf = (quarter: string, years: number): string => (years > 1 ? quarter.slice(2) : short(quarter));
const LETTER = { GREEN: 'G', AMBER: 'A', RED: 'R', NO_TARGET: '–' } as const;

function scaleOf(numbers: number[], top: number, bottom: number) {
  const max = Math.max(...numbers, 0);
  const min = Math.min(...numbers, 0);
  const span = max - min || 1;
  return (value: number) => bottom - ((value - min) / span) * (bottom - top);
}

const path = (points: Array<[number, number] | null>): string =>
  points.reduce((d, point, i) => (point ? `${d}${d && points[i - 1] ? 'L' : 'M'}${point[0]},${point[1]} ` : d), '').trim();

export function IndicatorChart({ id, line }: { id: string; line: IndicatorLine }) {
  const { series, current: indicator } = line;
  const width = Math.max(320, 80 * series.length);
  const height = 170;
  const y = scaleOf(series.flatMap((p) => [p.value, p.target].filter((n): n is number => n !== null)), 24, 130);
  const x = (i: number) => 40 + i * ((width - 80) / Math.max(1, series.length - 1));
  const values = series.map((p, i) => (p.value === null ? null : ([x(i), y(p.value)] as [number, number])));
  const targets = series.map((p, i) => (p.target === null ? null : ([x(i), y(p.target)] as [number, number])));
  return h(
    'figure',
    { class: 'chart chart-wide indicator-chart' },
    h(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
      h('title', { id: `${id}-t` }, `${indicator.name}: value against target by quarter`),
      h('desc', { id: `${id}-d` }, indicatorDescription(line)),
      h('line', { x1: 20, x2: width - 20, y1: 140, y2: 140, class: 'axis' }),
      h('path', { d: path(targets), class: 'target-line', fill: 'none', 'stroke-dasharray': '6 4' }),
      h('path', { d: path(values), class: 'value-line', fill: 'none' }),
      series.map((p, i) =>
        h(
          'g',
          { key: p.quarter },
          p.value === null
            ? null
            : h(
                'g',
                null,
                h('circle', { cx: x(i), cy: y(p.value), r: 4, class: `point point-${(p.rag ?? 'NO_TARGET').toLowerCase()}` }),
                h('text', { x: x(i), y: y(p.value) - 8, 'text-anchor': 'middle', class: 'value' }, `${figure(p.value, indicator.unit)} ${p.rag ? LETTER[p.rag] : ''}`),
              ),
          h('text', { x: x(i), y: 156, 'text-anchor': 'middle', class: 'label' }, markOf(p.quarter, line.years.length)),
        ),
      ),
    ),
    h('figcaption', null, `${indicator.name}: solid line the value, dashed line the target. G, A, R: the RAG of each value. ${indicator.ragRule}`),
    h(ScrollWrap, { label: `${indicator.name} (figures)` }, h(
      'table',
      { class: 'data' },
      h('caption', null, `${indicator.name} (figures)`),
      h('thead', null, h('tr', null, ['Quarter', 'Value', 'Target', 'RAG'].map((heading) => h('th', { scope: 'col', key: heading }, heading)))),
      h(
        'tbody',
        null,
        series.map((p) =>
          h(
            'tr',
            { key: p.quarter },
            h('th', { scope: 'row' }, p.quarter),
            h('td', { class: 'num' }, p.value === null ? '–' : figure(p.value, indicator.unit)),
            h('td', { class: 'num' }, p.target === null ? 'No target' : figure(p.target, indicator.unit)),
            h('td', null, p.ragWords),
          ),
        ),
      ),
    )),
  );
}

/** A county roll-up's districts on one indicator: a bar per district for each quarter. */
export function DistrictComparisonChart({ id, indicator, quarters, rows }: { id: string; indicator: Indicator; quarters: string[]; rows: DistrictRow[] }) {
  const width = 520;
  const rowHeight = 22;
  const labelWidth = 40;
  // Each district: its name on a line of its own (names are long), then a bar per quarter.
  const block = (quarters.length + 1) * rowHeight;
  const height = rows.length * block + 10;
  const max = Math.max(1, ...rows.flatMap((row) => row.values.filter((v): v is number => v !== null)));
  const scale = (width - labelWidth - 90) / max;
  const description = rows
    .map((row) => `${row.name}: ${row.values.map((v, i) => `${quarters[i]} ${v === null ? 'no value' : figure(v, indicator.unit)}`).join(', ')}`)
    .join('; ');
  return h(
    'figure',
    { class: 'chart chart-wide' },
    h(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
      h('title', { id: `${id}-t` }, `${indicator.name}: districts compared`),
      h('desc', { id: `${id}-d` }, description),
      rows.map((row, r) =>
        h(
          'g',
          { key: row.partnershipId },
          h('text', { x: 0, y: 5 + r * block + 14, class: 'label' }, row.name),
          row.values.map((value, q) => {
            const top = 5 + r * block + (q + 1) * rowHeight;
            const barWidth = Math.max(0, value ?? 0) * scale;
            return h(
              'g',
              { key: q },
              h('text', { x: 0, y: top + 14, class: 'label' }, short(quarters[q])),
              value === null ? null : h('rect', { x: labelWidth, y: top, width: barWidth, height: rowHeight - 6, class: 'bar' }),
              h('text', { x: labelWidth + barWidth + 4, y: top + 14, class: 'value' }, value === null ? 'no value' : figure(value, indicator.unit)),
            );
          }),
        ),
      ),
    ),
    h('figcaption', null, `${indicator.name} in each district the county figure is made of (${indicator.aggregation === 'MEAN' ? 'their mean' : 'their sum'}).`),
    h(ScrollWrap, { label: `${indicator.name} by district (figures)` }, h(
      'table',
      { class: 'data' },
      h('caption', null, `${indicator.name} by district (figures)`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'District'), quarters.map((quarter) => h('th', { scope: 'col', key: quarter }, quarter)))),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h('tr', { key: row.partnershipId }, h('th', { scope: 'row' }, row.name), row.values.map((v, i) => h('td', { key: i, class: 'num' }, v === null ? '–' : figure(v, indicator.unit)))),
        ),
      ),
    )),
  );
}
