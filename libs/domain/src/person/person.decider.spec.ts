import { ConflictError, InvalidInputError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { GrantRole, InvitePerson, PersonCommand } from './person.commands';
import { normaliseEmail, personDecider } from './person.decider';
import type { PersonInvited, RoleGranted } from './person.events';

const given = DeciderSpecification.for(personDecider);
const now = new Date('2026-11-02T09:00:00Z');
const command = <C extends PersonCommand>(type: C['type'], data: C['data']): C => ({ type, data, metadata: { now, actor: 'admin-1' } }) as C;

const invite = (data: Partial<InvitePerson['data']> = {}) =>
  command<InvitePerson>('InvitePerson', { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police', emailTakenBy: null, ...data });
const grant = (data: Partial<GrantRole['data']> = {}) =>
  command<GrantRole>('GrantRole', { personId: 'dan', role: 'contributor', partnershipId: 'nwl', partnershipKnown: true, ...data });

const invited: PersonInvited = { type: 'PersonInvited', data: { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } };
const contributor: RoleGranted = { type: 'RoleGranted', data: { personId: 'dan', role: 'contributor', partnershipId: 'nwl' } };

describe('InvitePerson', () => {
  it('records the person with the email trimmed and lower-cased', () => {
    given([]).when(invite({ email: '  Dan.Hughes@Police.EXAMPLE ' })).then([invited]);
  });

  it('refuses what is not an email address, naming the field', () => {
    given([]).when(invite({ email: 'dan at police' })).thenThrows(InvalidInputError, (e) => e.field === 'email' && e.message.includes('is not an email address'));
    given([]).when(invite({ email: ' ' })).thenThrows(InvalidInputError, (e) => e.field === 'email');
  });

  it('needs a name and an organisation', () => {
    given([]).when(invite({ name: '' })).thenThrows(InvalidInputError, (e) => e.field === 'name');
    given([]).when(invite({ organisation: '  ' })).thenThrows(InvalidInputError, (e) => e.field === 'organisation');
  });

  it('refuses an email another person already has', () => {
    given([]).when(invite({ emailTakenBy: 'someone' })).thenThrows(ConflictError, (e) => e.field === 'email' && e.message === 'dan.hughes@police.example is already the email of another person');
  });
});

describe('GrantRole', () => {
  it('grants a contributor role for one partnership', () => {
    given([invited]).when(grant()).then([contributor]);
  });

  it('grants an oversight role without a partnership', () => {
    given([invited]).when(grant({ role: 'sog', partnershipId: null })).then([{ type: 'RoleGranted', data: { personId: 'dan', role: 'sog', partnershipId: null } }]);
  });

  it('needs a partnership for coordinator and contributor, and refuses one for the others', () => {
    given([invited]).when(grant({ role: 'coordinator', partnershipId: null })).thenThrows(InvalidInputError, (e) => e.field === 'partnershipId' && e.message === 'partnershipId is required: a coordinator works for one partnership');
    given([invited]).when(grant({ role: 'admin', partnershipId: 'nwl' })).thenThrows(InvalidInputError, (e) => e.field === 'partnershipId');
  });

  it('names the field for an unknown role, partnership or person', () => {
    given([invited]).when(grant({ role: 'mayor' as never })).thenThrows(InvalidInputError, (e) => e.field === 'role' && e.message === 'role must be one of admin, coordinator, contributor, sog, auditor');
    given([invited]).when(grant({ partnershipKnown: false })).thenThrows(InvalidInputError, (e) => e.field === 'partnershipId' && e.message === 'No partnership has id nwl');
    given([]).when(grant()).thenThrows(InvalidInputError, (e) => e.field === 'personId' && e.message === 'No person has id dan');
  });

  it('refuses a role the person already holds', () => {
    given([invited, contributor]).when(grant()).thenThrows(ConflictError, (e) => e.message === 'Inspector Dan Hughes is already contributor of partnership nwl');
  });
});

describe('RevokeRole', () => {
  it('revokes a held role', () => {
    given([invited, contributor]).when(command('RevokeRole', { personId: 'dan', role: 'contributor', partnershipId: 'nwl' })).then([{ type: 'RoleRevoked', data: contributor.data }]);
  });

  it('says so when the role is not held', () => {
    given([invited]).when(command('RevokeRole', { personId: 'dan', role: 'contributor', partnershipId: 'nwl' })).thenThrows(ConflictError, (e) => e.message === 'Inspector Dan Hughes is not contributor of partnership nwl, so there is nothing to revoke');
  });

  it('can grant again once revoked', () => {
    given([invited, contributor, { type: 'RoleRevoked', data: contributor.data }]).when(grant()).then([contributor]);
  });
});

describe('LinkSignIn', () => {
  it('links a subject once, and says nothing the second time', () => {
    const linked = { type: 'SignInLinked' as const, data: { personId: 'dan', sub: 'abc' } };
    given([invited]).when(command('LinkSignIn', linked.data)).then([linked]);
    given([invited, linked]).when(command('LinkSignIn', linked.data)).thenNothing();
  });
});

describe('normaliseEmail', () => {
  it('matches case-insensitively', () => {
    expect(normaliseEmail('Sam.Patel@NWLeics.example')).toBe(normaliseEmail('sam.patel@nwleics.example'));
  });
});
