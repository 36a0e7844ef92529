/**
 * The overview's filters, sort and search, read from and written to the hash query so a link
 * reproduces the view ("#/?partnership=…&rag=RED&sort=percent&dir=desc").
 */
export type RagFilter = 'GREEN' | 'AMBER' | 'RED';
export type SortDirection = 'asc' | 'desc';

export interface OverviewFilters {
  partnership: string | null;
  priority: string | null;
  lead: string | null;
  owner: string | null;
  rag: RagFilter | null;
  /** "yes": statutory priorities only; "no": the others. */
  statutory: 'yes' | 'no' | null;
  q: string | null;
  sort: string | null;
  dir: SortDirection;
}

export const NO_FILTERS: OverviewFilters = { partnership: null, priority: null, lead: null, owner: null, rag: null, statutory: null, q: null, sort: null, dir: 'asc' };

const RAGS: readonly string[] = ['GREEN', 'AMBER', 'RED'];

const value = (params: URLSearchParams, key: string) => params.get(key)?.trim() || null;

export function readFilters(params: URLSearchParams): OverviewFilters {
  const rag = value(params, 'rag');
  const statutory = value(params, 'statutory');
  return {
    partnership: value(params, 'partnership'),
    priority: value(params, 'priority'),
    lead: value(params, 'lead'),
    owner: value(params, 'owner'),
    rag: rag && RAGS.includes(rag) ? (rag as RagFilter) : null,
    statutory: statutory === 'yes' || statutory === 'no' ? statutory : null,
    q: value(params, 'q'),
    sort: value(params, 'sort'),
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The parameters href() puts in a link; defaults are left out so links stay short. */
export function filterParams(filters: OverviewFilters): Record<string, string | null> {
  return { ...filters, dir: filters.sort && filters.dir === 'desc' ? 'desc' : null };
}

export function anyFilter(filters: OverviewFilters): boolean {
  return Boolean(filters.partnership || filters.priority || filters.lead || filters.owner || filters.rag || filters.statutory || filters.q);
}
