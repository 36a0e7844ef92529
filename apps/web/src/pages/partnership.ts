import { h } from 'preact';
import { href } from '../route';
import { mayReadPlansOf } from '../session';
import { ErrorNotice, Loading, Page, PercentBar, StatusChip, useLoad } from '../ui';
import type { PageProps } from './context';
import { loadTree } from './tree';

/** One partnership's plans: each priority with its actions and their status. */
export function PartnershipPage({ route, claims }: PageProps) {
  const id = route.path[1];
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  if (tree.error) return h(Page, { title: 'Partnership' }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title: 'Partnership' }, h(Loading, null));
  const partnership = tree.data.find((p) => p.id === id);
  if (!partnership) return h(Page, { title: 'Partnership' }, h('p', null, 'No such partnership was recorded at this moment.'));
  return h(
    Page,
    { title: partnership.name },
    partnership.plans.length === 0 ? h('p', null, mayReadPlansOf(claims, partnership.id) ? 'No action plans recorded.' : 'You do not have access to this partnership’s action plans: your sign-in covers your own partnership.') : null,
    partnership.plans.map((plan) =>
      h(
        'section',
        { key: plan.id, 'aria-labelledby': `plan-${plan.id}` },
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
              priority.actions.map((action) =>
                h('li', { key: action.id }, h(StatusChip, { status: action.status }), ' ', h('a', { href: href(`/action/${action.id}`, route.asOf) }, action.title), ` (${action.percentComplete}%, ${action.leadAgency})`),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
