import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionPlanView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { ActionPlanObject } from '../../graphql/objects/action-plan.object';
import { livePlan } from '../live-plan';
import { createActionPlan } from './create-action-plan.command';
import { CreateActionPlanInput } from './create-action-plan.input';

@Resolver()
export class CreateActionPlanResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => ActionPlanObject)
  async createActionPlan(@Args('input') input: CreateActionPlanInput, @Context() context: GraphQLContext): Promise<Scoped<ActionPlanView>> {
    const result = await createActionPlan(this.writer, input, commandOptions(input, context));
    return livePlan(this.readScopes, result);
  }
}
