import type { ActionPlanView, PriorityView } from '@saferplan/projections';
import type { ReadScopes } from '../graphql/read-scopes';
import { type Scoped, scoped } from '../graphql/read-scope';

/** What the plan mutations answer with: the record as the live read model now shows it. */
export function livePlan(readScopes: ReadScopes, planId: string): Scoped<ActionPlanView> {
  const scope = readScopes.live();
  return scoped(scope.queries.actionPlan(planId)!, scope);
}

export function livePriority(readScopes: ReadScopes, priorityId: string): Scoped<PriorityView> {
  const scope = readScopes.live();
  return scoped(scope.queries.priority(priorityId)!, scope);
}
