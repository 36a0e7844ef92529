import { h } from 'preact';
import { gql } from '../api';
import type { FundingQuery, FundingQueryVariables } from '../generated/graphql-types';
import { FUNDING } from '../queries';
import { ErrorNotice, useLoad } from '../ui';
import { headline, pounds, type Headline } from './headline';
import type { ActionRow } from './rows';

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

/**
 * The tiles for any overview (county, partnership, priority): the rows it shows, with what each
 * action was allocated and spent that year as recorded at the moment viewed.
 */
export function HeadlineFor({ rows, year, asOf }: { rows: ActionRow[]; year: string; asOf: string | null }) {
  const funding = useLoad(
    () => gql<FundingQuery, FundingQueryVariables>(FUNDING, { financialYear: year, asOf }).then((d) => d.fundingSources.flatMap((s) => s.allocations)),
    [year, asOf],
  );
  return h(
    'div',
    null,
    funding.error ? h(ErrorNotice, { error: funding.error }) : null,
    h(HeadlineTiles, { figures: headline(rows, funding.data ?? []), year }),
  );
}
