import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PriorityView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PriorityObject } from '../../graphql/objects/action-plan.object';
import { livePriority } from '../live-plan';
import { alignPriority } from './align-priority.command';
import { AlignPriorityInput } from './align-priority.input';

@Resolver()
export class AlignPriorityResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PriorityObject)
  async alignPriority(@Args('input') input: AlignPriorityInput, @Context() context: GraphQLContext): Promise<Scoped<PriorityView>> {
    const result = await alignPriority(this.writer, input, commandOptions(input, context));
    return livePriority(this.readScopes, result);
  }
}
