import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { livePerson } from '../live-person';
import type { PersonView } from '../people.projection';
import { PersonObject } from '../person.object';
import { revokeRole } from './revoke-role.command';
import { RevokeRoleInput } from './revoke-role.input';

@Resolver()
export class RevokeRoleResolver {
  constructor(
    private readonly writer: CommandWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => PersonObject, { description: 'Takes a role away; roles carried by the identity provider\'s token are not affected' })
  async revokeRole(@Args('input') input: RevokeRoleInput, @Context() context: GraphQLContext): Promise<PersonView> {
    return livePerson(this.store, await revokeRole(this.writer, input, commandOptions(input, context)));
  }
}
