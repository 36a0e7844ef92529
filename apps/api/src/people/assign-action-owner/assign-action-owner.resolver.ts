import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { ActionObject } from '../../graphql/objects/action.object';
import { liveAction } from '../../actions/live-action';
import { assignActionOwner } from './assign-action-owner.command';
import { AssignActionOwnerInput } from './assign-action-owner.input';

@Resolver()
export class AssignActionOwnerResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => ActionObject, { description: 'Makes a person the owner of an action (its leadOfficer text stays for history)' })
  async assignActionOwner(@Args('input') input: AssignActionOwnerInput, @Context() context: GraphQLContext): Promise<Scoped<ActionView>> {
    return liveAction(this.readScopes, await assignActionOwner(this.writer, input, commandOptions(input, context)));
  }
}
