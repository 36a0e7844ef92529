import type { PlanQueries } from '@saferplan/projections';

/**
 * Which read model a GraphQL answer comes from: the live one, or one replayed "as recorded at"
 * a moment. Every object a query returns carries its scope, so nested fields (a plan's
 * priorities, a priority's progress) answer from the same moment as their parent.
 */
export interface ReadScope {
  queries: PlanQueries;
  /** UK calendar date used for OVERDUE milestones. */
  asOfDate: string;
  asOf: Date | null;
}

export const SCOPE: unique symbol = Symbol('readScope');

export type Scoped<T> = T & { [SCOPE]: ReadScope };

export function scoped<T extends object>(view: T, scope: ReadScope): Scoped<T> {
  return { ...view, [SCOPE]: scope };
}

export function scopeOf(parent: { [SCOPE]?: ReadScope }): ReadScope {
  const scope = parent[SCOPE];
  if (!scope) throw new Error('GraphQL object resolved without a read scope');
  return scope;
}

/** Views for a list of ids, in order, skipping any the scope does not know (yet). */
export function scopedList<T extends object>(
  ids: readonly string[],
  find: (id: string) => T | undefined,
  scope: ReadScope,
): Scoped<T>[] {
  const views: Scoped<T>[] = [];
  for (const id of ids) {
    const view = find(id);
    if (view) views.push(scoped(view, scope));
  }
  return views;
}
