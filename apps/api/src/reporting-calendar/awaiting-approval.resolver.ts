import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CountyPriorityProgressView, PlanQueries, PriorityProgressView } from '@saferplan/projections';
import { CountyPriorityProgressObject, PriorityProgressObject } from '../graphql/objects/progress.object';
import { type Scoped, scopeOf } from '../graphql/read-scope';

/** Updates of a priority's actions that wait for approval (and so are not in its figures). */
export function awaitingApprovalIn(queries: PlanQueries, priorityId: string): number {
  let waiting = 0;
  for (const actionId of queries.priority(priorityId)?.actionIds ?? []) {
    for (const update of queries.action(actionId)?.updates ?? []) if (update.status === 'SUBMITTED') waiting++;
  }
  return waiting;
}

const DESCRIPTION = 'Quarterly updates waiting for a coordinator\'s approval: not counted in these figures until approved';

@Resolver(() => PriorityProgressObject)
export class PriorityProgressAwaitingResolver {
  @ResolveField(() => Int, { description: DESCRIPTION })
  awaitingApproval(@Parent() row: Scoped<PriorityProgressView>): number {
    return awaitingApprovalIn(scopeOf(row).queries, row.priorityId);
  }
}

@Resolver(() => CountyPriorityProgressObject)
export class CountyProgressAwaitingResolver {
  @ResolveField(() => Int, { description: DESCRIPTION })
  awaitingApproval(@Parent() row: Scoped<CountyPriorityProgressView>): number {
    const { queries } = scopeOf(row);
    return row.aligned.reduce((sum, district) => sum + awaitingApprovalIn(queries, district.priorityId), 0);
  }
}
