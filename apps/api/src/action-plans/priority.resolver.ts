import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { parseQuarter } from '@saferplan/domain';
import type { ActionPlanView, ActionView, PriorityView, ProgressView } from '@saferplan/projections';
import { ActionObject } from '../graphql/objects/action.object';
import { assertNestedRead } from '../auth/nested-read';
import type { GraphQLContext } from '../graphql/request-context';
import { ProgressObject } from '../graphql/objects/progress.object';
import { quarterArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopedList, scopeOf } from '../graphql/read-scope';
import { ActionPlanObject, PriorityObject } from '../graphql/objects/action-plan.object';

@Resolver(() => PriorityObject)
export class PriorityResolver {
  @ResolveField(() => [ActionObject], { description: "FORBIDDEN to a coordinator for another partnership's priority" })
  actions(@Parent() priority: Scoped<PriorityView>, @Context() context: GraphQLContext): Scoped<ActionView>[] {
    assertNestedRead('Priority.actions', context, priority.partnershipId);
    const scope = scopeOf(priority);
    return scopedList(priority.actionIds, (id) => scope.queries.action(id), scope);
  }

  @ResolveField(() => ProgressObject)
  progress(@Parent() priority: Scoped<PriorityView>, @Args('quarter', quarterArg) quarter?: string | null): ProgressView {
    if (quarter != null) parseQuarter(quarter, 'quarter');
    const scope = scopeOf(priority);
    return scope.queries.priorityProgress(priority.id, scope.asOfDate, quarter ?? undefined);
  }

  @ResolveField(() => ActionPlanObject, { description: "The plan this priority belongs to; FORBIDDEN to a coordinator for another partnership's" })
  plan(@Parent() priority: Scoped<PriorityView>, @Context() context: GraphQLContext): Scoped<ActionPlanView> {
    assertNestedRead('Priority.plan', context, priority.partnershipId);
    const scope = scopeOf(priority);
    return scoped(scope.queries.actionPlan(priority.planId)!, scope);
  }

  @ResolveField(() => [PriorityObject], { description: 'County or PCC priorities this priority is aligned to' })
  alignedTo(@Parent() priority: Scoped<PriorityView>): Scoped<PriorityView>[] {
    const scope = scopeOf(priority);
    return scopedList(priority.alignedToPriorityIds, (id) => scope.queries.priority(id), scope);
  }
}
