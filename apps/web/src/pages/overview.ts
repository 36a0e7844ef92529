import { h } from 'preact';
import { gql } from '../api';
import { RagMixChart } from '../charts';
import { DataTable } from '../data-table';
import { currentQuarterOf, ragMixByQuarter, ukDate } from '../figures';
import type { CountyQuery, CountyQueryVariables } from '../generated/graphql-types';
import { BoardPackButtons } from '../overview/board-pack-buttons';
import { FilterBar } from '../overview/filter-bar';
import { anyFilter, filterParams, readFilters, type OverviewFilters } from '../overview/filters';
import { HeadlineFor } from '../overview/headline-tiles';
import { actionMatches, actionRows, priorityMatches, type ActionRow } from '../overview/rows';
import { COUNTY } from '../queries';
import { href, navigate } from '../route';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import type { PageProps } from './context';
import { ACTION_COLUMNS, COUNTY_COLUMNS, PRIORITY_COLUMNS, type CountyRow, type PriorityRow } from './overview-columns';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

/**
 * The SOG's first screen: headline tiles, filters kept in the link, the year's priorities and
 * actions (each table sortable and downloadable), a partnership's RAG mix, then the county view.
 */
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

  const filters = readFilters(route.params);
  const go = (next: Partial<OverviewFilters>) => navigate(href('/', route.asOf, { year, ...filterParams({ ...filters, ...next }) }));
  const sorting = { column: filters.sort, dir: filters.dir, onSort: (sort: string, dir: OverviewFilters['dir']) => go({ sort, dir }) };
  const allRows = actionRows(partnerships, year);
  const rows = allRows.filter((row) => actionMatches(row, filters));
  const actionLevel = Boolean(filters.lead || filters.owner || filters.rag || filters.q);
  const priorityRows: PriorityRow[] = partnerships.flatMap((partnership) =>
    partnership.plans
      .filter((plan) => plan.financialYear === year)
      .flatMap((plan) => plan.priorities.filter((priority) => priorityMatches(partnership, priority, filters) && (!actionLevel || rows.some((r) => r.priority.id === priority.id))).map((priority) => ({ partnership, plan, priority }))),
  );
  const chosen = filters.partnership ? partnerships.find((p) => p.id === filters.partnership) : undefined;
  const chosenPlans = chosen?.plans.filter((plan) => plan.financialYear === year) ?? [];
  const today = ukDate(route.asOf ? new Date(route.asOf) : new Date());
  const quarter = currentQuarterOf(year, today);
  const packFor = chosen ?? board;
  return h(
    Page,
    { title: 'Progress overview' },
    h('div', { class: 'overview-top no-print' }, h(YearPicker, { partnerships, year, route })),
    h(FilterBar, { partnerships, rows: allRows, filters, onChange: go }),
    h('p', { class: 'filter-summary', role: 'status' }, anyFilter(filters) ? `Showing ${rows.length} of ${allRows.length} actions for ${year}.` : `Showing all ${allRows.length} actions for ${year}.`),
    h(HeadlineFor, { rows, year, asOf: route.asOf }),
    packFor ? h(BoardPackButtons, { key: packFor.id, partnershipId: packFor.id, name: packFor.name, year, quarter, asOf: route.asOf }) : null,
    chosen && chosenPlans.length
      ? h('section', { class: 'print-section', 'aria-labelledby': 'ragmix-title' }, h('h2', { id: 'ragmix-title' }, `RAG mix over time: ${chosen.name}`), h(RagMixChart, { id: 'overview-ragmix', mix: ragMixByQuarter(chosenPlans, year) }))
      : null,
    h(
      'section',
      { class: 'print-section', 'aria-labelledby': 'priorities-title' },
      h('h2', { id: 'priorities-title' }, 'Priorities'),
      actionLevel ? h('p', { class: 'explain' }, 'Priorities with at least one matching action; their figures count all their actions.') : null,
      h(DataTable<PriorityRow>, { id: 'priorities-table', caption: `Partnerships × priorities, ${year}: actions by status and % complete`, columns: PRIORITY_COLUMNS(route.asOf, year), rows: priorityRows, rowKey: (r) => r.priority.id, sorting }),
    ),
    h(
      'section',
      { class: 'print-section', 'aria-labelledby': 'actions-title' },
      h('h2', { id: 'actions-title' }, 'Actions'),
      h(DataTable<ActionRow>, { id: 'actions-table', caption: `Actions, ${year}`, columns: ACTION_COLUMNS(route.asOf), rows, rowKey: (r) => r.action.id, sorting }),
    ),
    h(
      'section',
      { class: 'print-section', 'aria-labelledby': 'county-title' },
      h('h2', { id: 'county-title' }, 'County priorities through their alignment'),
      board ? h('p', null, `District priorities aligned to the priorities of ${board.name}, rolled up.`) : h('p', null, `No county strategy board has a plan for ${year}.`),
      county.error ? h(ErrorNotice, { error: county.error }) : null,
      county.data && county.data.length
        ? h(DataTable<CountyRow>, { id: 'county-table', caption: `County priorities, ${year}`, columns: COUNTY_COLUMNS(route.asOf), rows: county.data, rowKey: (r) => r.priority.id, sorting })
        : null,
    ),
  );
}
