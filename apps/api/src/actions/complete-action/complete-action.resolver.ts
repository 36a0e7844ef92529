import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionView } from '@saferplan/projections';
import type { Scoped } from '../../graphql/read-scope';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ActionObject } from '../../graphql/objects/action.object';
import { liveAction } from '../live-action';
import { completeAction } from './complete-action.command';
import { CompleteActionInput } from './complete-action.input';

@Resolver()
export class CompleteActionResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => ActionObject)
  async completeAction(@Args('input') input: CompleteActionInput, @Context() context: GraphQLContext): Promise<Scoped<ActionView>> {
    const result = await completeAction(this.writer, input, commandOptions(input, context));
    return liveAction(this.readScopes, result);
  }
}
