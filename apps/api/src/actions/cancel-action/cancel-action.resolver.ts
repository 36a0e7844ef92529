import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionView } from '@saferplan/projections';
import type { Scoped } from '../../graphql/read-scope';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ActionObject } from '../../graphql/objects/action.object';
import { liveAction } from '../live-action';
import { cancelAction } from './cancel-action.command';
import { CancelActionInput } from './cancel-action.input';

@Resolver()
export class CancelActionResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => ActionObject)
  async cancelAction(@Args('input') input: CancelActionInput, @Context() context: GraphQLContext): Promise<Scoped<ActionView>> {
    const result = await cancelAction(this.writer, input, commandOptions(input, context));
    return liveAction(this.readScopes, result);
  }
}
