import { h } from 'preact';
import { ProgressChart } from '../charts';
import { DataTable, sortingFromRoute, type Column } from '../data-table';
import { progressByQuarter } from '../figures';
import type { Action } from '../model';
import { HeadlineFor } from '../overview/headline-tiles';
import { ownerOf } from '../overview/owner';
import { href } from '../route';
import { ErrorNotice, Loading, Page, PercentBar, StatusChip, useLoad } from '../ui';
import type { PageProps } from './context';
import { loadTree } from './tree';

const reached = (a: Action) => a.milestones.filter((m) => m.status === 'REACHED').length;

const columns = (asOf: string | null): Column<Action>[] => [
  { key: 'action', label: 'Action', rowHeader: true, cell: (a) => h('a', { href: href(`/action/${a.id}`, asOf) }, a.title), sortValue: (a) => a.title, value: (a) => a.title },
  { key: 'lead', label: 'Lead agency', cell: (a) => a.leadAgency, sortValue: (a) => a.leadAgency },
  { key: 'owner', label: 'Owner', cell: (a) => ownerOf(a) ?? 'Not named', sortValue: (a) => ownerOf(a) ?? '', value: (a) => ownerOf(a) ?? '' },
  { key: 'status', label: 'Status', cell: (a) => h(StatusChip, { status: a.status }), sortValue: (a) => ['OFF_TRACK', 'AT_RISK', 'NOT_STARTED', 'ON_TRACK', 'COMPLETED', 'CANCELLED'].indexOf(a.status) },
  { key: 'percent', label: '% complete', num: true, cell: (a) => `${a.percentComplete}%`, sortValue: (a) => a.percentComplete, value: (a) => a.percentComplete },
  { key: 'milestones', label: 'Milestones', cell: (a) => `${reached(a)} of ${a.milestones.length} reached`, sortValue: (a) => a.milestones.length - reached(a) },
];

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
    h('p', null, h('a', { href: href(`/partnership/${partnership.id}`, route.asOf, { year: plan.financialYear }) }, partnership.name), ` · ${plan.title} (${plan.financialYear})`, priority.statutory ? h('span', { class: 'tag' }, 'Statutory') : null),
    h(HeadlineFor, { rows: priority.actions.map((action) => ({ partnership, plan, priority, action, owner: ownerOf(action) })), year: plan.financialYear, asOf: route.asOf }),
    h(PercentBar, { value: p.percentComplete, label: `${priority.title}: % complete` }),
    h('p', null, `${p.actions} actions: ${p.completed} completed, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} off track, ${p.notStarted} not started. Milestones: ${p.milestonesReached} of ${p.milestones} reached, ${p.milestonesOverdue} overdue.`),
    priority.alignedTo.length ? h('p', null, 'Aligned to: ', priority.alignedTo.map((a, i) => [i ? '; ' : '', h('a', { key: a.id, href: href(`/priority/${a.id}`, route.asOf) }, a.title)])) : null,
    h(ProgressChart, { id: 'priority-progress', title: priority.title, series: progressByQuarter(priority, plan.financialYear) }),
    h(DataTable<Action>, { id: 'priority-actions', caption: `Actions: ${priority.title}`, columns: columns(route.asOf), rows: priority.actions, rowKey: (a) => a.id, sorting: sortingFromRoute(route), empty: 'No actions recorded under this priority.' }),
  );
}
