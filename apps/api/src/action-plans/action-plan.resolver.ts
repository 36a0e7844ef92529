import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ActionPlanView, PartnershipView, PriorityView } from '@saferplan/projections';
import { ReadScopes } from '../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../graphql/request-context';
import { PartnershipObject } from '../graphql/objects/partnership.object';
import { asOfArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopedList, scopeOf } from '../graphql/read-scope';
import { ActionPlanObject, PriorityObject } from '../graphql/objects/action-plan.object';

@Resolver(() => ActionPlanObject)
export class ActionPlanResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @Query(() => ActionPlanObject, { nullable: true })
  async actionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<Scoped<ActionPlanView> | null> {
    const scope = await this.readScopes.resolveFor(asOf, { planId: id });
    const plan = scope.queries.actionPlan(id);
    return plan ? scoped(plan, scope) : null;
  }

  @ResolveField(() => PartnershipObject)
  partnership(@Parent() plan: Scoped<ActionPlanView>): Scoped<PartnershipView> {
    const scope = scopeOf(plan);
    return scoped(scope.queries.partnership(plan.partnershipId)!, scope);
  }

  @ResolveField(() => [PriorityObject])
  priorities(@Parent() plan: Scoped<ActionPlanView>): Scoped<PriorityView>[] {
    const scope = scopeOf(plan);
    return scopedList(plan.priorityIds, (id) => scope.queries.priority(id), scope);
  }
}
