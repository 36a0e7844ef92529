import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionView } from '@saferplan/projections';
import type { Scoped } from '../../graphql/read-scope';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ActionObject } from '../../graphql/objects/action.object';
import { liveAction } from '../live-action';
import { editAction } from './edit-action.command';
import { EditActionInput } from './edit-action.input';

@Resolver()
export class EditActionResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => ActionObject)
  async editAction(@Args('input') input: EditActionInput, @Context() context: GraphQLContext): Promise<Scoped<ActionView>> {
    const result = await editAction(this.writer, input, commandOptions(input, context));
    return liveAction(this.readScopes, result);
  }
}
