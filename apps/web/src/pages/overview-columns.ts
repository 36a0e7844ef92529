/** The columns of the overview's tables: what each shows, sorts by and exports. */
import { h } from 'preact';
import type { Column } from '../data-table';
import type { CountyQuery } from '../generated/graphql-types';
import type { Partnership, Plan, Priority, Progress } from '../model';
import type { ActionRow } from '../overview/rows';
import { href } from '../route';
import { PercentBar, StatusChip } from '../ui';

export interface PriorityRow {
  partnership: Partnership;
  plan: Plan;
  priority: Priority;
}

export type CountyRow = CountyQuery['countyProgress'][number];

const COUNTS: Array<{ key: keyof Progress; label: string; tone: string }> = [
  { key: 'completed', label: 'Completed', tone: 'done' },
  { key: 'onTrack', label: 'Green: on track', tone: 'green' },
  { key: 'atRisk', label: 'Amber: at risk', tone: 'amber' },
  { key: 'offTrack', label: 'Red: off track', tone: 'red' },
  { key: 'notStarted', label: 'Not started', tone: 'none' },
  { key: 'milestonesOverdue', label: 'Milestones overdue', tone: 'red' },
];

/** Actions, the counts by status, and % complete, for any row that has a Progress. */
function progressColumns<T>(prefix: string, progress: (row: T) => Progress, name: (row: T) => string): Column<T>[] {
  return [
    { key: `${prefix}-actions`, label: 'Actions', num: true, cell: (r) => progress(r).actions, sortValue: (r) => progress(r).actions, value: (r) => progress(r).actions },
    ...COUNTS.map(
      (c): Column<T> => ({
        key: `${prefix}-${c.key}`,
        label: c.label,
        num: true,
        cell: (r) => (progress(r)[c.key] ? h('span', { class: `count chip-${c.tone}` }, progress(r)[c.key]) : '0'),
        sortValue: (r) => progress(r)[c.key],
        value: (r) => progress(r)[c.key],
      }),
    ),
    {
      key: `${prefix}-percent`,
      label: '% complete',
      cell: (r) => h(PercentBar, { value: progress(r).percentComplete, label: `${name(r)}: % complete` }),
      sortValue: (r) => progress(r).percentComplete,
      value: (r) => Math.round(progress(r).percentComplete * 10) / 10,
    },
  ];
}

export const PRIORITY_COLUMNS = (asOf: string | null, year: string): Column<PriorityRow>[] => [
  { key: 'p-partnership', label: 'Partnership', rowHeader: true, cell: (r) => h('a', { href: href(`/partnership/${r.partnership.id}`, asOf, { year }) }, r.partnership.name), sortValue: (r) => r.partnership.name, value: (r) => r.partnership.name },
  {
    key: 'p-priority',
    label: 'Priority',
    rowHeader: true,
    cell: (r) => [h('a', { href: href(`/priority/${r.priority.id}`, asOf) }, r.priority.title), r.priority.statutory ? h('span', { class: 'tag' }, 'Statutory') : null],
    sortValue: (r) => r.priority.title,
    value: (r) => `${r.priority.title}${r.priority.statutory ? ' (statutory)' : ''}`,
  },
  ...progressColumns<PriorityRow>('p', (r) => r.priority.progress, (r) => r.priority.title),
];

const latestQuarter = (row: ActionRow) => row.action.updates.map((u) => u.quarter).sort().at(-1) ?? '';

export const ACTION_COLUMNS = (asOf: string | null): Column<ActionRow>[] => [
  { key: 'a-action', label: 'Action', rowHeader: true, cell: (r) => h('a', { href: href(`/action/${r.action.id}`, asOf) }, r.action.title), sortValue: (r) => r.action.title, value: (r) => r.action.title },
  { key: 'a-partnership', label: 'Partnership', cell: (r) => r.partnership.name, sortValue: (r) => r.partnership.name },
  { key: 'a-priority', label: 'Priority', cell: (r) => r.priority.title, sortValue: (r) => r.priority.title },
  { key: 'a-lead', label: 'Lead agency', cell: (r) => r.action.leadAgency, sortValue: (r) => r.action.leadAgency },
  { key: 'a-owner', label: 'Owner', cell: (r) => r.owner ?? 'Not named', sortValue: (r) => r.owner ?? '', value: (r) => r.owner ?? '' },
  { key: 'a-status', label: 'Status', cell: (r) => h(StatusChip, { status: r.action.status }), sortValue: (r) => ['OFF_TRACK', 'AT_RISK', 'NOT_STARTED', 'ON_TRACK', 'COMPLETED', 'CANCELLED'].indexOf(r.action.status) },
  { key: 'a-percent', label: '% complete', num: true, cell: (r) => `${r.action.percentComplete}%`, sortValue: (r) => r.action.percentComplete, value: (r) => r.action.percentComplete },
  {
    key: 'a-overdue',
    label: 'Milestones overdue',
    num: true,
    cell: (r) => r.action.milestones.filter((m) => m.status === 'OVERDUE').length,
    sortValue: (r) => r.action.milestones.filter((m) => m.status === 'OVERDUE').length,
    value: (r) => r.action.milestones.filter((m) => m.status === 'OVERDUE').length,
  },
  { key: 'a-latest', label: 'Latest update', cell: (r) => latestQuarter(r) || 'None yet', sortValue: latestQuarter, value: latestQuarter },
];

export const COUNTY_COLUMNS = (asOf: string | null): Column<CountyRow>[] => [
  { key: 'c-priority', label: 'County priority', rowHeader: true, cell: (r) => h('a', { href: href(`/priority/${r.priority.id}`, asOf) }, r.priority.title), sortValue: (r) => r.priority.title, value: (r) => r.priority.title },
  {
    key: 'c-aligned',
    label: 'Aligned district priorities',
    cell: (r) =>
      r.aligned.length
        ? h('ul', { class: 'plain' }, r.aligned.map((a) => h('li', { key: a.priority.id }, h('a', { href: href(`/priority/${a.priority.id}`, asOf) }, a.priority.title), ` (${a.partnership.name}, ${Math.round(a.progress.percentComplete)}%)`)))
        : 'None aligned yet',
    value: (r) => r.aligned.map((a) => `${a.priority.title} (${a.partnership.name}, ${Math.round(a.progress.percentComplete)}%)`).join('; ') || 'None aligned yet',
  },
  ...progressColumns<CountyRow>('c', (r) => r.progress, (r) => r.priority.title),
];
