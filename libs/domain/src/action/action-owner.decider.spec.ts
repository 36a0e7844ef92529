import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { AssignActionOwner } from './action.commands';
import { actionDecider } from './action.decider';
import type { ActionCreated, ActionOwnerAssigned } from './action.events';

const given = DeciderSpecification.for(actionDecider);
const metadata = { now: new Date('2026-11-02T09:00:00Z'), actor: 'sam' };
const created: ActionCreated = {
  type: 'ActionCreated',
  data: { actionId: 'a-1', planId: 'p', partnershipId: 'nwl', priorityId: 'asb', financialYear: '2026/27', title: 'Joint patrols', leadAgency: 'Leicestershire Police', leadOfficer: 'Inspector, North West LPA' },
};
const assign = (data: Partial<AssignActionOwner['data']> = {}): AssignActionOwner => ({
  type: 'AssignActionOwner',
  data: { actionId: 'a-1', personId: 'dan', personKnown: true, ...data },
  metadata,
});
const assigned: ActionOwnerAssigned = { type: 'ActionOwnerAssigned', data: { actionId: 'a-1', personId: 'dan' } };

describe('AssignActionOwner', () => {
  it('records the owner; the lead officer text stays as it was', () => {
    given([created]).when(assign()).then([assigned]);
  });

  it('hands the action to someone else', () => {
    given([created, assigned]).when(assign({ personId: 'sam' })).then([{ type: 'ActionOwnerAssigned', data: { actionId: 'a-1', personId: 'sam' } }]);
  });

  it('names personId for an unknown person', () => {
    given([created]).when(assign({ personKnown: false })).thenThrows(InvalidInputError, (e) => e.field === 'personId' && e.message === 'No person has id dan');
  });

  it('refuses the owner it already has', () => {
    given([created, assigned]).when(assign()).thenThrows(ConflictError, (e) => e.field === 'personId');
  });

  it('needs an open action', () => {
    given([]).when(assign()).thenThrows(NotFoundError);
    given([created, { type: 'ActionCompleted', data: { actionId: 'a-1' } }]).when(assign()).thenThrows(ConflictError);
  });
});
