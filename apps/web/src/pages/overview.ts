import { h } from 'preact';
import { gql } from '../api';
import type { CountyQuery, CountyQueryVariables } from '../generated/graphql-types';
import type { Progress } from '../model';
import { COUNTY } from '../queries';
import { href } from '../route';
import { ErrorNotice, Loading, Page, PercentBar, useLoad } from '../ui';
import type { PageProps } from './context';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

const COUNT_COLUMNS: Array<{ key: keyof Progress; label: string; tone: string }> = [
  { key: 'completed', label: 'Completed', tone: 'done' },
  { key: 'onTrack', label: 'Green: on track', tone: 'green' },
  { key: 'atRisk', label: 'Amber: at risk', tone: 'amber' },
  { key: 'offTrack', label: 'Red: off track', tone: 'red' },
  { key: 'notStarted', label: 'Not started', tone: 'none' },
  { key: 'milestonesOverdue', label: 'Milestones overdue', tone: 'red' },
];

function Counts({ progress }: { progress: Progress }) {
  return COUNT_COLUMNS.map((c) =>
    h('td', { key: c.key, class: 'num' }, progress[c.key] ? h('span', { class: `count chip-${c.tone}` }, progress[c.key]) : '0'),
  );
}

function CountHeaders() {
  return COUNT_COLUMNS.map((c) => h('th', { scope: 'col', key: c.key, class: 'num' }, c.label));
}

/** The SOG's first screen: every partnership's priorities with RAG counts, then the county view. */
export function OverviewPage({ route }: PageProps) {
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  const partnerships = tree.data ?? [];
  const year = chosenYear(partnerships, route.params.get('year'));
  // A coordinator is not shown the board's own plan, only its county summary: fall back to any
  // board and let countyProgress say whether it has a plan that year.
  const boards = partnerships.filter((p) => p.kind === 'COUNTY_STRATEGY_BOARD');
  const board = boards.find((p) => p.plans.some((plan) => plan.financialYear === year)) ?? boards[0];
  const county = useLoad(
    () => (board && year ? gql<CountyQuery, CountyQueryVariables>(COUNTY, { boardId: board.id, financialYear: year, asOf: route.asOf }).then((d) => d.countyProgress) : Promise.resolve([])),
    [board?.id, year, route.asOf],
  );
  if (tree.error) return h(Page, { title: 'Progress overview' }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title: 'Progress overview' }, h(Loading, null));
  if (!year) return h(Page, { title: 'Progress overview' }, h('p', null, 'No action plans have been recorded yet.'));
  const rows = partnerships.flatMap((partnership) =>
    partnership.plans.filter((plan) => plan.financialYear === year).map((plan) => ({ partnership, plan })),
  );
  return h(
    Page,
    { title: 'Progress overview' },
    h(YearPicker, { partnerships, year, route }),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data matrix' },
        h('caption', null, `Partnerships × priorities, ${year}: actions by status and % complete`),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Partnership'), h('th', { scope: 'col' }, 'Priority'), h('th', { scope: 'col', class: 'num' }, 'Actions'), h(CountHeaders, null), h('th', { scope: 'col' }, '% complete'))),
        rows.map(({ partnership, plan }) =>
          h(
            'tbody',
            { key: plan.id },
            plan.priorities.map((priority, i) =>
              h(
                'tr',
                { key: priority.id },
                i === 0
                  ? h('th', { scope: 'rowgroup', rowSpan: plan.priorities.length, class: 'group' }, h('a', { href: href(`/partnership/${partnership.id}`, route.asOf, { year }) }, partnership.name))
                  : null,
                h('th', { scope: 'row' }, h('a', { href: href(`/priority/${priority.id}`, route.asOf) }, priority.title), priority.statutory ? h('span', { class: 'tag' }, 'Statutory') : null),
                h('td', { class: 'num' }, priority.progress.actions),
                h(Counts, { progress: priority.progress }),
                h('td', null, h(PercentBar, { value: priority.progress.percentComplete, label: `${priority.title}: % complete` })),
              ),
            ),
          ),
        ),
      ),
    ),
    h('h2', null, 'County priorities through their alignment'),
    board
      ? h('p', null, `District priorities aligned to the priorities of ${board.name}, rolled up.`)
      : h('p', null, `No county strategy board has a plan for ${year}.`),
    county.error ? h(ErrorNotice, { error: county.error }) : null,
    county.data && county.data.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'data' },
            h('caption', null, `County priorities, ${year}`),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'County priority'), h('th', { scope: 'col' }, 'Aligned district priorities'), h('th', { scope: 'col', class: 'num' }, 'Actions'), h(CountHeaders, null), h('th', { scope: 'col' }, '% complete'))),
            h(
              'tbody',
              null,
              county.data.map((row) =>
                h(
                  'tr',
                  { key: row.priority.id },
                  h('th', { scope: 'row' }, h('a', { href: href(`/priority/${row.priority.id}`, route.asOf) }, row.priority.title)),
                  h(
                    'td',
                    null,
                    row.aligned.length
                      ? h('ul', { class: 'plain' }, row.aligned.map((a) => h('li', { key: a.priority.id }, h('a', { href: href(`/priority/${a.priority.id}`, route.asOf) }, a.priority.title), ` (${a.partnership.name}, ${Math.round(a.progress.percentComplete)}%)`)))
                      : 'None aligned yet',
                  ),
                  h('td', { class: 'num' }, row.progress.actions),
                  h(Counts, { progress: row.progress }),
                  h('td', null, h(PercentBar, { value: row.progress.percentComplete, label: `${row.priority.title}: % complete` })),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
