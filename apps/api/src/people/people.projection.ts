import { type PersonEvent, type PersonRole, streams } from '@saferplan/domain';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

export interface RoleView {
  role: PersonRole;
  partnershipId: string | null;
  /** When and by whom the role was granted (the RoleGranted event's metadata). */
  grantedAt: string;
  grantedBy: string | null;
}

export interface PersonView {
  id: string;
  name: string;
  email: string;
  organisation: string;
  roles: RoleView[];
  invitedAt: string;
  invitedBy: string | null;
  /** Subjects of the identities linked to this person. */
  signIns: string[];
}

/** Everyone recorded, with the indexes a signed-in identity is matched by. */
export interface PeopleView {
  readonly byId: ReadonlyMap<string, PersonView>;
  readonly idByEmail: ReadonlyMap<string, string>;
  readonly idBySignIn: ReadonlyMap<string, string>;
}

export const PERSON_STREAM_PREFIX = streams.person('');

export const initialPeople = (): PeopleView => ({ byId: new Map(), idByEmail: new Map(), idBySignIn: new Map() });

export const isPersonEvent = (event: RecordedEvent): boolean => event.streamId.startsWith(PERSON_STREAM_PREFIX);

/** Pure: a new view with the event applied; events of other streams leave it as it was. */
export function evolvePeople(view: PeopleView, event: RecordedEvent): PeopleView {
  if (!isPersonEvent(event)) return view;
  const known = event as RecordedEvent & PersonEvent;
  const byId = new Map(view.byId);
  switch (known.type) {
    case 'PersonInvited': {
      const { personId, name, email, organisation } = known.data;
      if (byId.has(personId)) return view;
      byId.set(personId, { id: personId, name, email, organisation, roles: [], invitedAt: event.metadata.recordedAt, invitedBy: event.metadata.actor, signIns: [] });
      return { ...view, byId, idByEmail: new Map(view.idByEmail).set(email, personId) };
    }
    case 'RoleGranted': {
      const person = byId.get(known.data.personId);
      if (!person) return view;
      const role: RoleView = { role: known.data.role, partnershipId: known.data.partnershipId, grantedAt: event.metadata.recordedAt, grantedBy: event.metadata.actor };
      byId.set(person.id, { ...person, roles: [...person.roles, role] });
      return { ...view, byId };
    }
    case 'RoleRevoked': {
      const person = byId.get(known.data.personId);
      if (!person) return view;
      const { role, partnershipId } = known.data;
      byId.set(person.id, { ...person, roles: person.roles.filter((held) => !(held.role === role && held.partnershipId === partnershipId)) });
      return { ...view, byId };
    }
    case 'SignInLinked': {
      const person = byId.get(known.data.personId);
      if (!person) return view;
      const signIn = known.data.sub;
      byId.set(person.id, { ...person, signIns: [...person.signIns, signIn] });
      return { ...view, byId, idBySignIn: new Map(view.idBySignIn).set(signIn, person.id) };
    }
    default:
      return view;
  }
}

/** People sorted by name, the order every list shows them in. */
export const peopleByName = (view: PeopleView): PersonView[] => [...view.byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
