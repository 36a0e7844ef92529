import { Logger } from '@nestjs/common';
import { type LinkSignIn, personDecider, streams } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { Principal } from '../auth/principal';
import type { CommandWriter } from '../common/command-writer';
import { PeopleDirectory } from './people-directory';
import { personOf, withPersonRoles } from './signed-in-person';

const logger = new Logger('People');

/**
 * What authentication asks of people: the principal of a verified identity, completed with the
 * person it is and the roles granted them. The first time an identity is matched by its email,
 * its subject is linked to the person (an event), so a later change of email at the identity
 * provider still finds them.
 */
export function matchSignedInPerson(store: () => EventStore, writer: () => CommandWriter): (principal: Principal) => Promise<Principal> {
  return async (principal) => {
    const person = personOf(principal, await PeopleDirectory.of(store()).live());
    if (person && !person.signIns.includes(principal.sub)) await link(writer(), person.id, principal);
    return withPersonRoles(principal, person);
  };
}

async function link(writer: CommandWriter, personId: string, principal: Principal): Promise<void> {
  try {
    await writer.execute(
      streams.person(personId),
      personDecider,
      (now): LinkSignIn => ({ type: 'LinkSignIn', data: { personId, sub: principal.sub }, metadata: { now, actor: principal.sub } }),
      { actor: principal.sub, actorName: principal.name },
    );
  } catch (error) {
    // Two first requests at once race to link; the loser's request goes on matched by email.
    logger.warn(`Could not link ${principal.sub} to person ${personId}: ${(error as Error).message}`);
  }
}
