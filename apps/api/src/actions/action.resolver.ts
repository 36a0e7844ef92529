import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ActionView, PriorityView } from '@saferplan/projections';
import { assertNestedRead } from '../auth/nested-read';
import { ReadScopes } from '../graphql/read-scopes';
import type { GraphQLContext } from '../graphql/request-context';
import { PriorityObject } from '../graphql/objects/action-plan.object';
import { asOfArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { ActionObject, MilestoneObject, QuarterlyUpdateObject } from '../graphql/objects/action.object';
import { type MilestoneAnswer, type UpdateAnswer, updateAnswer, withStatus } from './live-action';

@Resolver(() => ActionObject)
export class ActionResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @Query(() => ActionObject, { nullable: true })
  async action(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<Scoped<ActionView> | null> {
    const scope = await this.readScopes.resolveFor(asOf, { actionId: id });
    const action = scope.queries.action(id);
    return action ? scoped(action, scope) : null;
  }

  @ResolveField(() => [MilestoneObject])
  milestones(@Parent() action: Scoped<ActionView>, @Context() context: GraphQLContext): MilestoneAnswer[] {
    assertNestedRead('Action.milestones', context, action.partnershipId);
    const scope = scopeOf(action);
    return action.milestones.map((milestone) => withStatus(milestone, scope));
  }

  @ResolveField(() => [QuarterlyUpdateObject])
  updates(@Parent() action: Scoped<ActionView>, @Context() context: GraphQLContext): UpdateAnswer[] {
    assertNestedRead('Action.updates', context, action.partnershipId);
    const scope = scopeOf(action);
    return action.updates.map((update) => updateAnswer(update, action.partnershipId, scope));
  }

  @ResolveField(() => PriorityObject, { description: 'The priority this action delivers' })
  priority(@Parent() action: Scoped<ActionView>): Scoped<PriorityView> {
    const scope = scopeOf(action);
    return scoped(scope.queries.priority(action.priorityId)!, scope);
  }
}
