import type { PlanQueries } from '@saferplan/projections';
import { decideNestedRead, NESTED_READ_POLICY } from './auth/access-policy';
import { ACCESS_POLICY, decideAccess } from './access-table';

/** The policy without a server; the full role matrix runs end to end in test/e2e/access-control. */
describe('decideAccess', () => {
  const live = {
    partnership: (id: string) => (id === 'nwl' ? { id } : undefined),
    actionPlan: (id: string) => (id === 'plan-nwl' ? { partnershipId: 'nwl' } : undefined),
    priority: () => undefined,
    action: (id: string) => (id === 'action-nwl' ? { partnershipId: 'nwl' } : undefined),
    fundingSource: () => undefined,
    indicator: () => undefined,
  } as unknown as PlanQueries;
  const coordinator = { roles: ['coordinator'] as const, partnerships: ['nwl'] };

  it('refuses an operation with no rule to everyone, admins included, and says so', () => {
    expect(decideAccess('dropEverything', { roles: ['admin'], partnerships: [] }, {}, live)).toEqual({
      allowed: false,
      reason: 'dropEverything is not open to anyone yet (no access rule)',
      unlisted: true,
    });
    expect(Object.hasOwn(ACCESS_POLICY, 'toString')).toBe(false);
    expect(decideAccess('toString', { roles: ['admin'], partnerships: [] }, {}, live)).toMatchObject({ allowed: false, unlisted: true });
  });

  it('lets a coordinator write where the input leads to their partnership, and nowhere else', () => {
    expect(decideAccess('recordQuarterlyUpdate', coordinator, { input: { actionId: 'action-nwl' } }, live)).toEqual({ allowed: true });
    expect(decideAccess('addPriority', coordinator, { input: { planId: 'plan-nwl' } }, live)).toEqual({ allowed: true });
    expect(decideAccess('recordQuarterlyUpdate', coordinator, { input: { actionId: 'unknown' } }, live)).toEqual({
      allowed: false,
      reason: 'recordQuarterlyUpdate: this is not one of your partnerships',
    });
    expect(decideAccess('recordQuarterlyUpdate', coordinator, { input: { actionId: 42 } }, live)).toMatchObject({ allowed: false });
  });

  it('never lets sog or auditor write', () => {
    for (const role of ['sog', 'auditor'] as const) {
      expect(decideAccess('createActionPlan', { roles: [role], partnerships: ['nwl'] }, { input: { partnershipId: 'nwl' } }, live)).toEqual({
        allowed: false,
        reason: `createActionPlan is not allowed for ${role}`,
      });
    }
  });

  it('decides a nested read by the rule of the operation it shares, for the record\'s partnership', () => {
    expect(decideNestedRead('Priority.actions', coordinator, 'nwl')).toEqual({ allowed: true });
    expect(decideNestedRead('Priority.actions', coordinator, 'leicester')).toEqual({
      allowed: false,
      reason: 'Priority.actions: this is not one of your partnerships',
    });
    for (const role of ['admin', 'sog', 'auditor'] as const) {
      expect(decideNestedRead('Action.updates', { roles: [role], partnerships: [] }, 'leicester')).toEqual({ allowed: true });
    }
    expect(decideNestedRead('Partnership.plans', { roles: [], partnerships: ['nwl'] }, 'nwl')).toMatchObject({ allowed: false });
  });

  it('lets a contributor record progress only on the actions they own, and read their partnership', () => {
    const owned = { ...live, action: (id: string) => ({ 'mine': { partnershipId: 'nwl', ownerId: 'dan' }, 'theirs': { partnershipId: 'nwl', ownerId: 'sam' } })[id] } as unknown as PlanQueries;
    const dan = { roles: ['contributor'] as const, partnerships: [], contributes: ['nwl'], personId: 'dan' };
    for (const operation of ['recordQuarterlyUpdate', 'correctQuarterlyUpdate', 'scheduleMilestone', 'reachMilestone']) {
      expect(decideAccess(operation, dan, { input: { actionId: 'mine' } }, owned)).toEqual({ allowed: true });
      expect(decideAccess(operation, dan, { input: { actionId: 'theirs' } }, owned)).toEqual({
        allowed: false,
        reason: `${operation}: a contributor may record progress only on actions they own, and this action is not yours`,
      });
    }
    expect(decideAccess('completeAction', dan, { input: { actionId: 'mine' } }, owned)).toMatchObject({ allowed: false });
    expect(decideAccess('recordQuarterlyUpdate', { ...dan, contributes: ['leicester'] }, { input: { actionId: 'mine' } }, owned)).toMatchObject({ allowed: false });
    expect(decideAccess('actionPlan', dan, { id: 'plan-nwl' }, owned)).toEqual({ allowed: true });
    expect(decideAccess('actionPlan', { ...dan, contributes: [] }, { id: 'plan-nwl' }, owned)).toMatchObject({ allowed: false });
  });

  it('gives every nested field an existing operation rule to share', () => {
    for (const { sameAs } of Object.values(NESTED_READ_POLICY)) expect(Object.hasOwn(ACCESS_POLICY, sameAs)).toBe(true);
  });
});
