import { NotFoundError } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PeopleDirectory } from './people-directory';
import type { PersonView } from './people.projection';

/** What a people mutation answers with: the person as the live directory now shows them. */
export async function livePerson(store: EventStore, personId: string): Promise<PersonView> {
  const person = (await PeopleDirectory.of(store).live()).byId.get(personId);
  if (!person) throw new NotFoundError('Person', personId);
  return person;
}
