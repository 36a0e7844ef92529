import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { MilestoneObject } from '../../graphql/objects/action.object';
import { liveMilestone, type MilestoneAnswer } from '../live-action';
import { scheduleMilestone } from './schedule-milestone.command';
import { ScheduleMilestoneInput } from './schedule-milestone.input';

@Resolver()
export class ScheduleMilestoneResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => MilestoneObject)
  async scheduleMilestone(@Args('input') input: ScheduleMilestoneInput, @Context() context: GraphQLContext): Promise<MilestoneAnswer> {
    const result = await scheduleMilestone(this.writer, input, commandOptions(input, context));
    return liveMilestone(this.readScopes, input.actionId, result);
  }
}
