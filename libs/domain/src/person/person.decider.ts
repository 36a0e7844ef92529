import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError } from '../shared/errors';
import { requireText } from '../shared/text';
import type { PersonCommand } from './person.commands';
import { PARTNERSHIP_ROLES, PERSON_ROLES, type PersonEvent, type PersonRole } from './person.events';

export interface HeldRole {
  role: PersonRole;
  partnershipId: string | null;
}

export type PersonState =
  | { exists: false }
  | { exists: true; personId: string; name: string; email: string; roles: HeldRole[]; subs: string[] };

const NAME_MAX = 200;
const EMAIL_MAX = 254;
// One @, something either side, a dot in the domain, no spaces: what every mail system accepts.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * Emails are matched ignoring case (identity providers and people type them differently), so
 * the one recorded is trimmed and lower-cased: the form every match compares.
 */
export function normaliseEmail(value: unknown): string {
  const email = requireText(value, 'email', EMAIL_MAX).toLowerCase();
  if (!EMAIL.test(email)) throw new InvalidInputError('email', `email ${email} is not an email address, e.g. sam.patel@council.example`);
  return email;
}

const isRole = (value: unknown): value is PersonRole => (PERSON_ROLES as readonly unknown[]).includes(value);
const sameGrant = (a: HeldRole, b: HeldRole) => a.role === b.role && a.partnershipId === b.partnershipId;

/** A role with the partnership it needs: required for coordinator and contributor, refused for the others. */
function roleOf(role: unknown, partnershipId: unknown): HeldRole {
  if (!isRole(role)) throw new InvalidInputError('role', `role must be one of ${PERSON_ROLES.join(', ')}`);
  const given = typeof partnershipId === 'string' && partnershipId.trim() !== '' ? partnershipId.trim() : null;
  if (PARTNERSHIP_ROLES.includes(role) && given === null) {
    throw new InvalidInputError('partnershipId', `partnershipId is required: a ${role} works for one partnership`);
  }
  if (!PARTNERSHIP_ROLES.includes(role) && given !== null) {
    throw new InvalidInputError('partnershipId', `partnershipId must be left out: ${role} is held for every partnership`);
  }
  return { role, partnershipId: given };
}

const wording = ({ role, partnershipId }: HeldRole) => (partnershipId ? `${role} of partnership ${partnershipId}` : role);

type Known = Extract<PersonState, { exists: true }>;

function known(state: PersonState, personId: string): Known {
  if (!state.exists) throw new InvalidInputError('personId', `No person has id ${personId}`);
  return state;
}

export const personDecider: Decider<PersonState, PersonCommand, PersonEvent> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    switch (command.type) {
      case 'InvitePerson': {
        const { personId } = command.data;
        const name = requireText(command.data.name, 'name', NAME_MAX);
        const email = normaliseEmail(command.data.email);
        const organisation = requireText(command.data.organisation, 'organisation', NAME_MAX);
        if (state.exists) throw new ConflictError(`Person ${personId} is already invited`);
        if (command.data.emailTakenBy) throw new ConflictError(`${email} is already the email of another person`, 'email');
        return [{ type: 'PersonInvited', data: { personId, name, email, organisation } }];
      }
      case 'GrantRole': {
        const { personId } = command.data;
        const grant = roleOf(command.data.role, command.data.partnershipId);
        if (grant.partnershipId !== null && !command.data.partnershipKnown) {
          throw new InvalidInputError('partnershipId', `No partnership has id ${grant.partnershipId}`);
        }
        const person = known(state, personId);
        if (person.roles.some((held) => sameGrant(held, grant))) {
          throw new ConflictError(`${person.name} is already ${wording(grant)}`, 'role');
        }
        return [{ type: 'RoleGranted', data: { personId, ...grant } }];
      }
      case 'RevokeRole': {
        const { personId } = command.data;
        const grant = roleOf(command.data.role, command.data.partnershipId);
        const person = known(state, personId);
        if (!person.roles.some((held) => sameGrant(held, grant))) {
          throw new ConflictError(`${person.name} is not ${wording(grant)}, so there is nothing to revoke`, 'role');
        }
        return [{ type: 'RoleRevoked', data: { personId, ...grant } }];
      }
      case 'LinkSignIn': {
        const { personId } = command.data;
        const sub = requireText(command.data.sub, 'sub', 200);
        const person = known(state, personId);
        // Linking is a side effect of signing in; signing in again must not add a second event.
        if (person.subs.includes(sub)) return [];
        return [{ type: 'SignInLinked', data: { personId, sub } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PersonInvited':
        return { exists: true, personId: event.data.personId, name: event.data.name, email: event.data.email, roles: [], subs: [] };
      case 'RoleGranted':
        return state.exists ? { ...state, roles: [...state.roles, { role: event.data.role, partnershipId: event.data.partnershipId }] } : state;
      case 'RoleRevoked':
        return state.exists ? { ...state, roles: state.roles.filter((held) => !sameGrant(held, event.data)) } : state;
      case 'SignInLinked':
        return state.exists ? { ...state, subs: [...state.subs, event.data.sub] } : state;
    }
  },
};
