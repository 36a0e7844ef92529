import { h } from 'preact';
import { ProgressChart } from '../charts';
import { progressByQuarter } from '../figures';
import { href } from '../route';
import { ErrorNotice, Loading, Page, PercentBar, StatusChip, useLoad } from '../ui';
import type { PageProps } from './context';
import { loadTree } from './tree';

/** One priority: its actions, milestones due, alignment and progress over the quarters. */
export function PriorityPage({ route }: PageProps) {
  const id = route.path[1];
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  if (tree.error) return h(Page, { title: 'Priority' }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title: 'Priority' }, h(Loading, null));
  const found = tree.data
    .flatMap((partnership) => partnership.plans.flatMap((plan) => plan.priorities.map((priority) => ({ partnership, plan, priority }))))
    .find((entry) => entry.priority.id === id);
  if (!found) return h(Page, { title: 'Priority' }, h('p', null, 'No such priority was recorded at this moment.'));
  const { partnership, plan, priority } = found;
  const p = priority.progress;
  return h(
    Page,
    { title: priority.title },
    h('p', null, h('a', { href: href(`/partnership/${partnership.id}`, route.asOf) }, partnership.name), ` · ${plan.title} (${plan.financialYear})`, priority.statutory ? h('span', { class: 'tag' }, 'Statutory') : null),
    h(PercentBar, { value: p.percentComplete, label: `${priority.title}: % complete` }),
    h('p', null, `${p.actions} actions: ${p.completed} completed, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} off track, ${p.notStarted} not started. Milestones: ${p.milestonesReached} of ${p.milestones} reached, ${p.milestonesOverdue} overdue.`),
    priority.alignedTo.length ? h('p', null, 'Aligned to: ', priority.alignedTo.map((a, i) => [i ? '; ' : '', h('a', { key: a.id, href: href(`/priority/${a.id}`, route.asOf) }, a.title)])) : null,
    h(ProgressChart, { id: 'priority-progress', title: priority.title, series: progressByQuarter(priority, plan.financialYear) }),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data' },
        h('caption', null, 'Actions'),
        h('thead', null, h('tr', null, ['Action', 'Lead agency', 'Status', '% complete', 'Milestones'].map((c) => h('th', { scope: 'col', key: c }, c)))),
        h(
          'tbody',
          null,
          priority.actions.map((action) =>
            h(
              'tr',
              { key: action.id },
              h('th', { scope: 'row' }, h('a', { href: href(`/action/${action.id}`, route.asOf) }, action.title)),
              h('td', null, action.leadAgency),
              h('td', null, h(StatusChip, { status: action.status })),
              h('td', { class: 'num' }, `${action.percentComplete}%`),
              h('td', null, `${action.milestones.filter((m) => m.status === 'REACHED').length} of ${action.milestones.length} reached`),
            ),
          ),
        ),
      ),
    ),
  );
}
