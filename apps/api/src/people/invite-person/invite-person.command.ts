import { type InvitePerson, normaliseEmail, personDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import { PeopleDirectory } from '../people-directory';
import type { InvitePersonInput } from './invite-person.input';

/** Result: the id of the person. */
export async function invitePerson(writer: CommandWriter, input: InvitePersonInput, options: CommandOptions): Promise<string> {
  const personId = newId('person', options.commandId);
  const people = await PeopleDirectory.of(writer.store).live();
  const emailTakenBy = typeof input.email === 'string' ? (people.idByEmail.get(safeEmail(input.email)) ?? null) : null;
  const { events } = await writer.execute(
    streams.person(personId),
    personDecider,
    (now): InvitePerson => ({
      type: 'InvitePerson',
      data: { personId, name: input.name, email: input.email, organisation: input.organisation, emailTakenBy },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'PersonInvited', options.commandId).data.personId;
}

/** The email as the directory keys it; a malformed one matches nobody and the decider names it. */
function safeEmail(email: string): string {
  try {
    return normaliseEmail(email);
  } catch {
    return '';
  }
}
