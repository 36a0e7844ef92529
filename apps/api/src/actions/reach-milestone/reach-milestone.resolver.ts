import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { MilestoneObject } from '../../graphql/objects/action.object';
import { liveMilestone, type MilestoneAnswer } from '../live-action';
import { reachMilestone } from './reach-milestone.command';
import { ReachMilestoneInput } from './reach-milestone.input';

@Resolver()
export class ReachMilestoneResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => MilestoneObject)
  async reachMilestone(@Args('input') input: ReachMilestoneInput, @Context() context: GraphQLContext): Promise<MilestoneAnswer> {
    const result = await reachMilestone(this.writer, input, commandOptions(input, context));
    return liveMilestone(this.readScopes, input.actionId, result);
  }
}
