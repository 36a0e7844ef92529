import { ScrollWrap } from './data-table';
import { h } from 'preact';
import type { RagMix } from './figures';

/**
 * Hand-written SVG charts. Each has a title and description for screen readers and the same
 * figures in a table beside it; values are printed on the marks so no colour has to be decoded.
 */

const short = (quarter: string): string => quarter.slice(-2);

export function ProgressChart({ id, title, series }: { id: string; title: string; series: Array<{ quarter: string; percent: number }> }) {
  const width = 260;
  const height = 150;
  const base = 120;
  const barWidth = 40;
  const gap = (width - series.length * barWidth) / (series.length + 1);
  const description = series.map((s) => `${s.quarter}: ${s.percent}%`).join(', ');
  return h(
    'figure',
    { class: 'chart' },
    h(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
      h('title', { id: `${id}-t` }, `${title}: % complete by quarter`),
      h('desc', { id: `${id}-d` }, description),
      h('line', { x1: 0, x2: width, y1: base, y2: base, class: 'axis' }),
      series.map((s, i) => {
        const x = gap + i * (barWidth + gap);
        const barHeight = (s.percent / 100) * 100;
        return h(
          'g',
          { key: s.quarter },
          h('rect', { x, y: base - barHeight, width: barWidth, height: barHeight, class: 'bar' }),
          h('text', { x: x + barWidth / 2, y: base - barHeight - 4, 'text-anchor': 'middle', class: 'value' }, `${Math.round(s.percent)}%`),
          h('text', { x: x + barWidth / 2, y: base + 16, 'text-anchor': 'middle', class: 'label' }, short(s.quarter)),
        );
      }),
    ),
    h('figcaption', null, title),
  );
}

const SEGMENTS: Array<{ key: keyof Omit<RagMix, 'quarter'>; label: string; letter: string }> = [
  { key: 'GREEN', label: 'Green: on track', letter: 'G' },
  { key: 'AMBER', label: 'Amber: at risk', letter: 'A' },
  { key: 'RED', label: 'Red: off track', letter: 'R' },
  { key: 'NONE', label: 'No update', letter: '–' },
];

export function RagMixChart({ id, mix }: { id: string; mix: RagMix[] }) {
  const width = 520;
  const rowHeight = 34;
  const labelWidth = 90;
  const height = mix.length * rowHeight + 10;
  const totals = mix.map((m) => m.GREEN + m.AMBER + m.RED + m.NONE);
  const max = Math.max(1, ...totals);
  const scale = (width - labelWidth - 10) / max;
  const description = mix
    .map((m) => `${m.quarter}: ${m.GREEN} green, ${m.AMBER} amber, ${m.RED} red, ${m.NONE} without an update`)
    .join('; ');
  return h(
    'figure',
    { class: 'chart chart-wide' },
    h(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
      h('title', { id: `${id}-t` }, 'RAG mix of action updates by quarter'),
      h('desc', { id: `${id}-d` }, description),
      mix.map((m, row) => {
        let x = labelWidth;
        const y = 5 + row * rowHeight;
        return h(
          'g',
          { key: m.quarter },
          h('text', { x: 0, y: y + 18, class: 'label' }, m.quarter),
          SEGMENTS.map((segment) => {
            const count = m[segment.key];
            const w = count * scale;
            const start = x;
            x += w;
            if (count === 0) return null;
            return h(
              'g',
              { key: segment.key },
              h('rect', { x: start, y, width: w, height: rowHeight - 8, class: `seg seg-${segment.key.toLowerCase()}` }),
              w >= 26 ? h('text', { x: start + w / 2, y: y + 18, 'text-anchor': 'middle', class: `seg-text seg-text-${segment.key.toLowerCase()}` }, `${segment.letter} ${count}`) : null,
            );
          }),
        );
      }),
    ),
    h(
      'figcaption',
      null,
      'Actions by reported RAG for each quarter. Key: ',
      SEGMENTS.map((s) => h('span', { key: s.key, class: `key key-${s.key.toLowerCase()}` }, `${s.letter} = ${s.label}`)),
    ),
    h(ScrollWrap, { label: 'RAG mix by quarter (figures)' }, h(
      'table',
      { class: 'data' },
      h('caption', null, 'RAG mix by quarter (figures)'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Quarter'), SEGMENTS.map((s) => h('th', { scope: 'col', key: s.key }, s.label)))),
      h('tbody', null, mix.map((m) => h('tr', { key: m.quarter }, h('th', { scope: 'row' }, m.quarter), SEGMENTS.map((s) => h('td', { key: s.key }, m[s.key]))))),
    )),
  );
}
