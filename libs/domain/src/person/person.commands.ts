import type { DomainCommand } from '../shared/event';
import type { PersonRole } from './person.events';

/** The handler has looked up whether another person already has this email (another aggregate). */
export type InvitePerson = DomainCommand<
  'InvitePerson',
  { personId: string; name: string; email: string; organisation: string; emailTakenBy: string | null }
>;

/** The handler has looked up whether the partnership is registered (another aggregate). */
export type GrantRole = DomainCommand<
  'GrantRole',
  { personId: string; role: PersonRole; partnershipId: string | null; partnershipKnown: boolean }
>;

export type RevokeRole = DomainCommand<'RevokeRole', { personId: string; role: PersonRole; partnershipId: string | null }>;

export type LinkSignIn = DomainCommand<'LinkSignIn', { personId: string; sub: string }>;

export type PersonCommand = InvitePerson | GrantRole | RevokeRole | LinkSignIn;
