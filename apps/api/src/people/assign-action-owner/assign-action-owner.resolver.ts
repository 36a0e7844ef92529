import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ActionView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { ActionObject } from '../../graphql/objects/action.object';
import { NotFoundError } from '@saferplan/domain';
import { scoped } from '../../graphql/read-scope';
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
    const actionId = await assignActionOwner(this.writer, input, commandOptions(input, context));
    const scope = this.readScopes.live();
    const action = scope.queries.action(actionId);
    if (!action) throw new NotFoundError('Action', actionId);
    return scoped(action, scope);
  }
}
