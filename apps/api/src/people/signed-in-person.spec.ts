import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { Principal } from '../auth/principal';
import { evolvePeople, initialPeople } from './people.projection';
import { personOf, withPersonRoles } from './signed-in-person';

const event = (type: string, data: object, position: number): RecordedEvent => ({
  position,
  streamId: 'person-dan',
  revision: position - 1,
  type,
  data,
  metadata: { eventId: `e${position}`, actor: 'alex', actorName: 'Alex', correlationId: 'c', causationId: null, commandId: null, recordedAt: '2026-11-02T09:00:00.000Z', schemaVersion: 1 },
});

const people = [
  event('PersonInvited', { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' }, 1),
  event('RoleGranted', { personId: 'dan', role: 'contributor', partnershipId: 'nwl' }, 2),
  event('RoleGranted', { personId: 'dan', role: 'coordinator', partnershipId: 'charnwood' }, 3),
  event('SignInLinked', { personId: 'dan', sub: 'entra|old' }, 4),
].reduce(evolvePeople, initialPeople());

const principal = (extra: Partial<Principal> = {}): Principal => ({ sub: 'entra|dan', name: 'Dan', roles: [], partnerships: [], ...extra });

describe('signed-in person', () => {
  it('finds the person by verified email, or by a linked subject whatever the email', () => {
    expect(personOf(principal({ email: 'dan.hughes@police.example' }), people)?.id).toBe('dan');
    expect(personOf(principal({ sub: 'entra|old', email: 'daniel@elsewhere.example' }), people)?.id).toBe('dan');
    expect(personOf(principal(), people)).toBeUndefined();
  });

  it('adds the roles granted in SaferPlan to those of the token, keeping each partnership with its role', () => {
    const matched = withPersonRoles(principal({ roles: ['sog'], partnerships: ['leicester'] }), people.byId.get('dan'));
    expect(matched).toMatchObject({
      personId: 'dan',
      roles: ['sog', 'contributor', 'coordinator'],
      partnerships: ['leicester', 'charnwood'],
      contributes: ['nwl'],
    });
  });

  it('leaves a principal nobody recorded as the token says', () => {
    const alone = principal({ roles: ['auditor'] });
    expect(withPersonRoles(alone, undefined)).toBe(alone);
  });
});
