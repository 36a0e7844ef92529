import { h } from 'preact';
import type { Headline } from './headline';
import { pounds } from './headline';

const STATUS_ROWS: Array<{ key: keyof Headline['byStatus']; label: string; tone: string }> = [
  { key: 'ON_TRACK', label: 'Green: on track', tone: 'green' },
  { key: 'AT_RISK', label: 'Amber: at risk', tone: 'amber' },
  { key: 'OFF_TRACK', label: 'Red: off track', tone: 'red' },
  { key: 'NOT_STARTED', label: 'Not started', tone: 'none' },
  { key: 'COMPLETED', label: 'Completed', tone: 'done' },
  { key: 'CANCELLED', label: 'Cancelled', tone: 'none' },
];

function Tile({ title, figure, children, tone }: { title: string; figure: string; tone?: string; children?: preact.ComponentChildren }) {
  return h('li', { class: `tile${tone ? ` tile-${tone}` : ''}` }, h('h3', { class: 'tile-title' }, title), h('p', { class: 'tile-figure' }, figure), children);
}

/** Four figures a chair reads first; each is in words as well as numbers. */
export function HeadlineTiles({ figures, year }: { figures: Headline; year: string }) {
  const spentShare = figures.allocated ? Math.round((figures.spent / figures.allocated) * 100) : 0;
  return h(
    'section',
    { class: 'headline', 'aria-labelledby': 'headline-title' },
    h('h2', { id: 'headline-title', class: 'visually-hidden' }, `Headline figures, ${year}`),
    h(
      'ul',
      { class: 'tiles' },
      h(
        Tile,
        { title: 'Actions by status', figure: `${figures.actions} ${figures.actions === 1 ? 'action' : 'actions'}` },
        h(
          'ul',
          { class: 'plain status-counts' },
          STATUS_ROWS.filter((s) => s.key !== 'CANCELLED' || figures.byStatus.CANCELLED).map((s) =>
            h('li', { key: s.key }, h('span', { class: `count chip-${s.tone}` }, figures.byStatus[s.key]), ` ${s.label}`),
          ),
        ),
      ),
      h(Tile, { title: 'Overdue milestones', figure: String(figures.milestonesOverdue), tone: figures.milestonesOverdue ? 'red' : undefined }, h('p', { class: 'tile-note' }, 'due in a quarter that has ended, not reached')),
      h(Tile, { title: 'Late returns', figure: String(figures.lateReturns), tone: figures.lateReturns ? 'amber' : undefined }, h('p', { class: 'tile-note' }, 'quarterly updates first recorded after their deadline')),
      h(
        Tile,
        { title: 'Spend against allocation', figure: `${pounds(figures.spent)} of ${pounds(figures.allocated)}` },
        h('p', { class: 'tile-note' }, figures.allocated ? `${spentShare}% of the funding allocated to these actions has been spent` : 'no funding allocated to these actions'),
      ),
    ),
  );
}
