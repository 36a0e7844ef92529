import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PriorityView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PriorityObject } from '../../graphql/objects/action-plan.object';
import { livePriority } from '../live-plan';
import { addPriority } from './add-priority.command';
import { AddPriorityInput } from './add-priority.input';

@Resolver()
export class AddPriorityResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PriorityObject)
  async addPriority(@Args('input') input: AddPriorityInput, @Context() context: GraphQLContext): Promise<Scoped<PriorityView>> {
    const result = await addPriority(this.writer, input, commandOptions(input, context));
    return livePriority(this.readScopes, result);
  }
}
