import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { ActionPlanView, PartnershipView, PriorityView } from '@saferplan/projections';
import { ReadScopes } from '../common/read-scopes';
import { commandOptions, type GraphQLContext } from '../common/request-context';
import { PartnershipObject } from '../partnerships/partnership.object';
import { asOfArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopedList, scopeOf } from '../graphql/read-scope';
import { ActionPlanObject, PriorityObject } from './action-plan.object';
import { CreateActionPlanCommand } from './create-action-plan/create-action-plan.handler';
import { CreateActionPlanInput } from './create-action-plan/create-action-plan.input';
import { AddPriorityCommand } from './add-priority/add-priority.handler';
import { AddPriorityInput } from './add-priority/add-priority.input';
import { AlignPriorityCommand } from './align-priority/align-priority.handler';
import { AlignPriorityInput } from './align-priority/align-priority.input';

@Resolver(() => ActionPlanObject)
export class ActionPlanResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly readScopes: ReadScopes,
  ) {}

  @Query(() => ActionPlanObject, { nullable: true })
  async actionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<Scoped<ActionPlanView> | null> {
    const scope = await this.readScopes.resolveFor(asOf, { planId: id });
    const plan = scope.queries.actionPlan(id);
    return plan ? scoped(plan, scope) : null;
  }

  @Mutation(() => ActionPlanObject)
  async createActionPlan(
    @Args('input') input: CreateActionPlanInput,
    @Context() context: GraphQLContext,
  ): Promise<Scoped<ActionPlanView>> {
    const id = await this.commandBus.execute(new CreateActionPlanCommand(input, commandOptions(input, context)));
    const scope = this.readScopes.live();
    return scoped(scope.queries.actionPlan(id)!, scope);
  }

  @Mutation(() => PriorityObject)
  async addPriority(
    @Args('input') input: AddPriorityInput,
    @Context() context: GraphQLContext,
  ): Promise<Scoped<PriorityView>> {
    const id = await this.commandBus.execute(new AddPriorityCommand(input, commandOptions(input, context)));
    const scope = this.readScopes.live();
    return scoped(scope.queries.priority(id)!, scope);
  }

  @Mutation(() => PriorityObject)
  async alignPriority(
    @Args('input') input: AlignPriorityInput,
    @Context() context: GraphQLContext,
  ): Promise<Scoped<PriorityView>> {
    const id = await this.commandBus.execute(new AlignPriorityCommand(input, commandOptions(input, context)));
    const scope = this.readScopes.live();
    return scoped(scope.queries.priority(id)!, scope);
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
