/**
 * The overview's rows: one per action of the year's plans, with where it sits, so filters,
 * search and sort work on one flat list as they would in a spreadsheet.
 */
import type { Action, ActionStatus, Partnership, Plan, Priority } from '../model';
import type { OverviewFilters, RagFilter, SortDirection } from './filters';
import { ownerOf } from './owner';

export interface ActionRow {
  partnership: Pick<Partnership, 'id' | 'name'>;
  plan: Pick<Plan, 'id' | 'title' | 'financialYear'>;
  priority: Pick<Priority, 'id' | 'title' | 'statutory'>;
  action: Action;
  owner: string | null;
}

export function actionRows(partnerships: Partnership[], year: string): ActionRow[] {
  return partnerships.flatMap((partnership) =>
    partnership.plans
      .filter((plan) => plan.financialYear === year)
      .flatMap((plan) => plan.priorities.flatMap((priority) => priority.actions.map((action) => ({ partnership, plan, priority, action, owner: ownerOf(action) })))),
  );
}

const RAG_STATUS: Record<RagFilter, ActionStatus> = { GREEN: 'ON_TRACK', AMBER: 'AT_RISK', RED: 'OFF_TRACK' };

/** Filters that say where a priority sits: the priority table honours these. */
export function priorityMatches(partnership: { id: string }, priority: Pick<Priority, 'id' | 'statutory'>, f: OverviewFilters): boolean {
  if (f.partnership && partnership.id !== f.partnership) return false;
  if (f.priority && priority.id !== f.priority) return false;
  if (f.statutory && priority.statutory !== (f.statutory === 'yes')) return false;
  return true;
}

/** Words a search looks in, lower-cased: a row matches when every word typed is in them. */
function searchable(row: ActionRow): string {
  return [row.partnership.name, row.priority.title, row.action.title, row.action.leadAgency, row.owner ?? ''].join(' ').toLowerCase();
}

export function matchesSearch(text: string, q: string | null): boolean {
  if (!q) return true;
  const haystack = text.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

export function actionMatches(row: ActionRow, f: OverviewFilters): boolean {
  if (!priorityMatches(row.partnership, row.priority, f)) return false;
  if (f.lead && row.action.leadAgency !== f.lead) return false;
  if (f.owner && row.owner !== f.owner) return false;
  if (f.rag && row.action.status !== RAG_STATUS[f.rag]) return false;
  return matchesSearch(searchable(row), f.q);
}

/** The choices a filter offers: every distinct value of the year, in alphabetical order. */
export function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export type SortValue = string | number;

/** Stable sort by one column: numbers by size, words as a UK reader alphabetises them. */
export function sortBy<T>(rows: T[], key: ((row: T) => SortValue) | undefined, dir: SortDirection): T[] {
  if (!key) return rows;
  const sign = dir === 'desc' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((a, b) => {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'en-GB', { numeric: true });
      return order * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}
