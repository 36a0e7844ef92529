import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { evolvePeople, initialPeople, peopleByName } from './people.projection';

let position = 0;
const recorded = (streamId: string, type: string, data: object, actor = 'alex'): RecordedEvent => ({
  position: ++position,
  streamId,
  revision: 0,
  type,
  data,
  metadata: { eventId: `e${position}`, actor, actorName: actor, correlationId: 'c', causationId: null, commandId: null, recordedAt: `2026-11-0${position}T09:00:00.000Z`, schemaVersion: 1 },
});

describe('people projection', () => {
  const dan = recorded('person-dan', 'PersonInvited', { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' });
  const sam = recorded('person-sam', 'PersonInvited', { personId: 'sam', name: 'Sam Patel', email: 'sam.patel@nwleics.example', organisation: 'NWLDC' });
  const granted = recorded('person-dan', 'RoleGranted', { personId: 'dan', role: 'contributor', partnershipId: 'nwl' });
  const sog = recorded('person-dan', 'RoleGranted', { personId: 'dan', role: 'sog', partnershipId: null });
  const revoked = recorded('person-dan', 'RoleRevoked', { personId: 'dan', role: 'sog', partnershipId: null });
  const linked = recorded('person-dan', 'SignInLinked', { personId: 'dan', sub: 'idp|dan' }, 'idp|dan');

  it('keeps people with their roles, who granted them and when', () => {
    const view = [dan, sam, granted, sog, revoked].reduce(evolvePeople, initialPeople());
    expect(view.byId.get('dan')).toMatchObject({
      name: 'Inspector Dan Hughes',
      invitedBy: 'alex',
      roles: [{ role: 'contributor', partnershipId: 'nwl', grantedBy: 'alex', grantedAt: granted.metadata.recordedAt }],
    });
    expect(peopleByName(view).map((person) => person.name)).toEqual(['Inspector Dan Hughes', 'Sam Patel']);
  });

  it('indexes people by email and by linked subject', () => {
    const view = [dan, linked].reduce(evolvePeople, initialPeople());
    expect(view.idByEmail.get('dan.hughes@police.example')).toBe('dan');
    expect(view.idBySignIn.get('idp|dan')).toBe('dan');
  });

  it('ignores other streams, and never changes the view it was given', () => {
    const before = evolvePeople(initialPeople(), dan);
    const after = evolvePeople(before, granted);
    expect(before.byId.get('dan')!.roles).toEqual([]);
    expect(after.byId.get('dan')!.roles).toHaveLength(1);
    expect(evolvePeople(after, recorded('action-a1', 'ActionCreated', {}))).toBe(after);
  });
});
