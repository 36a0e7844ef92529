import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { livePerson } from '../live-person';
import type { PersonView } from '../people.projection';
import { PersonObject } from '../person.object';
import { grantRole } from './grant-role.command';
import { GrantRoleInput } from './grant-role.input';

@Resolver()
export class GrantRoleResolver {
  constructor(
    private readonly writer: CommandWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => PersonObject, { description: 'Gives a person a role; it applies at their next request, with no change at the identity provider' })
  async grantRole(@Args('input') input: GrantRoleInput, @Context() context: GraphQLContext): Promise<PersonView> {
    return livePerson(this.store, await grantRole(this.writer, input, commandOptions(input, context)));
  }
}
