import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { livePerson } from '../live-person';
import type { PersonView } from '../people.projection';
import { PersonObject } from '../person.object';
import { invitePerson } from './invite-person.command';
import { InvitePersonInput } from './invite-person.input';

@Resolver()
export class InvitePersonResolver {
  constructor(
    private readonly writer: CommandWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => PersonObject, { description: 'Records a person; they get roles with grantRole and sign in with their email' })
  async invitePerson(@Args('input') input: InvitePersonInput, @Context() context: GraphQLContext): Promise<PersonView> {
    return livePerson(this.store, await invitePerson(this.writer, input, commandOptions(input, context)));
  }
}
