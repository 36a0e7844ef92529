import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@saferplan/domain';
import type { ActionView, MilestoneStatus, MilestoneView, PriorityView, QuarterlyUpdateView } from '@saferplan/projections';
import { assertNestedRead } from '../auth/nested-read';
import { ReadScopes } from '../common/read-scopes';
import { commandOptions, type GraphQLContext } from '../common/request-context';
import { PriorityObject } from '../action-plans/action-plan.object';
import { asOfArg } from '../graphql/as-of.arg';
import { type ReadScope, type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { ActionObject, MilestoneObject, QuarterlyUpdateObject } from './action.object';
import { CreateActionCommand } from './create-action/create-action.handler';
import { CreateActionInput } from './create-action/create-action.input';
import { ScheduleMilestoneCommand } from './schedule-milestone/schedule-milestone.handler';
import { ScheduleMilestoneInput } from './schedule-milestone/schedule-milestone.input';
import { ReachMilestoneCommand } from './reach-milestone/reach-milestone.handler';
import { ReachMilestoneInput } from './reach-milestone/reach-milestone.input';
import {
  type QuarterlyUpdateRef,
  RecordQuarterlyUpdateCommand,
} from './record-quarterly-update/record-quarterly-update.handler';
import { RecordQuarterlyUpdateInput } from './record-quarterly-update/record-quarterly-update.input';
import { CorrectQuarterlyUpdateCommand } from './correct-quarterly-update/correct-quarterly-update.handler';
import { CorrectQuarterlyUpdateInput } from './correct-quarterly-update/correct-quarterly-update.input';
import { CompleteActionCommand } from './complete-action/complete-action.handler';
import { CompleteActionInput } from './complete-action/complete-action.input';
import { CancelActionCommand } from './cancel-action/cancel-action.handler';
import { CancelActionInput } from './cancel-action/cancel-action.input';

type MilestoneAnswer = MilestoneView & { status: MilestoneStatus };

@Resolver(() => ActionObject)
export class ActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly readScopes: ReadScopes,
  ) {}

  @Query(() => ActionObject, { nullable: true })
  async action(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<Scoped<ActionView> | null> {
    const scope = await this.readScopes.resolveFor(asOf, { actionId: id });
    const action = scope.queries.action(id);
    return action ? scoped(action, scope) : null;
  }

  @Mutation(() => ActionObject)
  async createAction(@Args('input') input: CreateActionInput, @Context() context: GraphQLContext) {
    return this.liveAction(await this.commandBus.execute(new CreateActionCommand(input, commandOptions(input, context))));
  }

  @Mutation(() => MilestoneObject)
  async scheduleMilestone(@Args('input') input: ScheduleMilestoneInput, @Context() context: GraphQLContext) {
    const milestoneId = await this.commandBus.execute(
      new ScheduleMilestoneCommand(input, commandOptions(input, context)),
    );
    return this.liveMilestone(input.actionId, milestoneId);
  }

  @Mutation(() => MilestoneObject)
  async reachMilestone(@Args('input') input: ReachMilestoneInput, @Context() context: GraphQLContext) {
    const milestoneId = await this.commandBus.execute(new ReachMilestoneCommand(input, commandOptions(input, context)));
    return this.liveMilestone(input.actionId, milestoneId);
  }

  @Mutation(() => QuarterlyUpdateObject)
  async recordQuarterlyUpdate(@Args('input') input: RecordQuarterlyUpdateInput, @Context() context: GraphQLContext) {
    return this.liveUpdate(
      await this.commandBus.execute(new RecordQuarterlyUpdateCommand(input, commandOptions(input, context))),
    );
  }

  @Mutation(() => QuarterlyUpdateObject)
  async correctQuarterlyUpdate(@Args('input') input: CorrectQuarterlyUpdateInput, @Context() context: GraphQLContext) {
    return this.liveUpdate(
      await this.commandBus.execute(new CorrectQuarterlyUpdateCommand(input, commandOptions(input, context))),
    );
  }

  @Mutation(() => ActionObject)
  async completeAction(@Args('input') input: CompleteActionInput, @Context() context: GraphQLContext) {
    return this.liveAction(await this.commandBus.execute(new CompleteActionCommand(input, commandOptions(input, context))));
  }

  @Mutation(() => ActionObject)
  async cancelAction(@Args('input') input: CancelActionInput, @Context() context: GraphQLContext) {
    return this.liveAction(await this.commandBus.execute(new CancelActionCommand(input, commandOptions(input, context))));
  }

  @ResolveField(() => [MilestoneObject])
  milestones(@Parent() action: Scoped<ActionView>, @Context() context: GraphQLContext): MilestoneAnswer[] {
    assertNestedRead('Action.milestones', context, action.partnershipId);
    const scope = scopeOf(action);
    return action.milestones.map((milestone) => withStatus(milestone, scope));
  }

  @ResolveField(() => [QuarterlyUpdateObject])
  updates(@Parent() action: Scoped<ActionView>, @Context() context: GraphQLContext): QuarterlyUpdateView[] {
    assertNestedRead('Action.updates', context, action.partnershipId);
    return action.updates;
  }

  @ResolveField(() => PriorityObject, { description: 'The priority this action delivers' })
  priority(@Parent() action: Scoped<ActionView>): Scoped<PriorityView> {
    const scope = scopeOf(action);
    return scoped(scope.queries.priority(action.priorityId)!, scope);
  }

  private liveAction(actionId: string): Scoped<ActionView> {
    const scope = this.readScopes.live();
    const action = scope.queries.action(actionId);
    if (!action) throw new NotFoundError('Action', actionId);
    return scoped(action, scope);
  }

  private liveMilestone(actionId: string, milestoneId: string): MilestoneAnswer {
    const action = this.liveAction(actionId);
    const milestone = action.milestones.find((candidate) => candidate.id === milestoneId);
    if (!milestone) throw new NotFoundError('Milestone', milestoneId);
    return withStatus(milestone, scopeOf(action));
  }

  private liveUpdate({ actionId, quarter }: QuarterlyUpdateRef): QuarterlyUpdateView {
    const update = this.liveAction(actionId).updates.find((candidate) => candidate.quarter === quarter);
    if (!update) throw new NotFoundError('QuarterlyUpdate', `${actionId} ${quarter}`);
    return update;
  }
}

function withStatus(milestone: MilestoneView, scope: ReadScope): MilestoneAnswer {
  return { ...milestone, status: scope.queries.milestoneStatus(milestone, scope.asOfDate) };
}
