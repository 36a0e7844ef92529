import { DEMO_PERSONAS } from '../personas';
import type { PlainStep } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// People (issue 16): the demo's personas recorded as people with the roles they sign in with, so
// roles come from SaferPlan itself; the police lead officer owns the open NWL actions his force
// leads, so he can record their updates and nothing else. Invented people, invented addresses.
// ---------------------------------------------------------------------------------------------

const ADMIN = 'SaferPlan administrator';
const at = (minute: number) => `2023-10-03 09:${String(minute).padStart(2, '0')}`;

const invitations: PlainStep[] = DEMO_PERSONAS.map((persona, index) => ({
  at: at(index),
  actor: ADMIN,
  mutation: 'invitePerson',
  input: { name: persona.name, email: persona.email, organisation: persona.organisation },
  as: `person-${persona.key}`,
}));

const grants: PlainStep[] = DEMO_PERSONAS.flatMap((persona) =>
  persona.roles.map(({ role, partnership }) => ({
    at: at(10),
    actor: ADMIN,
    mutation: 'grantRole' as const,
    input: { personId: `@person-${persona.key}`, role, ...(partnership ? { partnershipId: `@${partnership}` } : {}) },
  })),
);

/** The Safer North West actions Leicestershire Police leads that are still open. */
export const POLICE_LEAD_ACTIONS = ['nCoalvilleJag', 'nCyberBusiness'] as const;

const owners: PlainStep[] = POLICE_LEAD_ACTIONS.map((action, index) => ({
  at: at(20 + index),
  actor: ADMIN,
  mutation: 'assignActionOwner',
  input: { actionId: `@${action}`, personId: '@person-police-lead' },
}));

export const people: PlainStep[] = [...invitations, ...grants, ...owners];
