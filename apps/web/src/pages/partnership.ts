import { h } from 'preact';
import { currentQuarterOf, ukDate } from '../figures';
import { BoardPackButtons } from '../overview/board-pack-buttons';
import { HeadlineFor } from '../overview/headline-tiles';
import { actionRows } from '../overview/rows';
import { ownerOf } from '../overview/owner';
import { href } from '../route';
import { mayReadPlansOf } from '../session';
import { ErrorNotice, Loading, Page, PercentBar, StatusChip, useLoad } from '../ui';
import type { PageProps } from './context';
import { loadTree } from './tree';

/** One partnership: its board pack, then each plan's priorities with their actions. */
export function PartnershipPage({ route, claims }: PageProps) {
  const id = route.path[1];
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  if (tree.error) return h(Page, { title: 'Partnership' }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title: 'Partnership' }, h(Loading, null));
  const partnership = tree.data.find((p) => p.id === id);
  if (!partnership) return h(Page, { title: 'Partnership' }, h('p', null, 'No such partnership was recorded at this moment.'));
  const years = partnership.plans.map((plan) => plan.financialYear).sort();
  const requested = route.params.get('year');
  const year = requested && years.includes(requested) ? requested : years.at(-1);
  const today = ukDate(route.asOf ? new Date(route.asOf) : new Date());
  return h(
    Page,
    { title: partnership.name },
    partnership.plans.length === 0 ? h('p', null, mayReadPlansOf(claims, partnership.id) ? 'No action plans recorded.' : 'You do not have access to this partnership’s action plans: your sign-in covers your own partnership.') : null,
    year ? h('p', { class: 'filter-summary' }, `Headline figures for ${year}`) : null,
    year ? h(HeadlineFor, { rows: actionRows([partnership], year), year, asOf: route.asOf }) : null,
    year ? h(BoardPackButtons, { key: `${partnership.id}-${year}`, partnershipId: partnership.id, name: `${partnership.name}, ${year}`, year, quarter: currentQuarterOf(year, today), asOf: route.asOf }) : null,
    partnership.plans.map((plan) =>
      h(
        'section',
        { key: plan.id, class: 'print-section', 'aria-labelledby': `plan-${plan.id}` },
        h('h2', { id: `plan-${plan.id}` }, `${plan.title} (${plan.financialYear})`),
        plan.priorities.map((priority) =>
          h(
            'div',
            { key: priority.id, class: 'card' },
            h('h3', null, h('a', { href: href(`/priority/${priority.id}`, route.asOf) }, priority.title)),
            h(PercentBar, { value: priority.progress.percentComplete, label: `${priority.title}: % complete` }),
            h(
              'ul',
              { class: 'plain actions' },
              priority.actions.map((action) => {
                const owner = ownerOf(action);
                return h('li', { key: action.id }, h(StatusChip, { status: action.status }), ' ', h('a', { href: href(`/action/${action.id}`, route.asOf) }, action.title), ` (${action.percentComplete}%, ${action.leadAgency}${owner ? `, ${owner}` : ''})`);
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
