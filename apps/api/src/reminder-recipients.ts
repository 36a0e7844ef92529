import type { Provider } from '@nestjs/common';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { ReminderRecipient } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PeopleDirectory } from './people/people-directory';
import type { PersonView } from './people/people.projection';
import { type OpenRecipientDirectory, RECIPIENT_DIRECTORY } from './reminders/recipient-directory';

/**
 * Reminders' recipients from the people directory (issue 16): an action's owner is the person
 * assigned to it, a partnership's coordinators are the people holding its coordinator role.
 * Composed here, above both features, so neither imports the other.
 */
export function peopleRecipients(store: EventStore): OpenRecipientDirectory {
  return async (digestOnly) => {
    const people = await PeopleDirectory.of(store).live();
    const recipient = (person: PersonView): ReminderRecipient => ({ personId: person.id, name: person.name, email: person.email, digestOnly: digestOnly(person.id) });
    const everyone = [...people.byId.values()];
    return {
      ownerOf: (action) => {
        const owner = action.ownerId ? people.byId.get(action.ownerId) : undefined;
        return owner ? recipient(owner) : null;
      },
      coordinatorsOf: (partnershipId) =>
        everyone.filter((person) => person.roles.some((held) => held.role === 'coordinator' && held.partnershipId === partnershipId)).map(recipient),
    };
  };
}

export const PEOPLE_RECIPIENTS: Provider = { provide: RECIPIENT_DIRECTORY, useFactory: peopleRecipients, inject: [EVENT_STORE] };
