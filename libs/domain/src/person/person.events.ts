import type { DomainEvent } from '../shared/event';

/** What a person may do in SaferPlan; coordinator and contributor are held for one partnership. */
export const PERSON_ROLES = ['admin', 'coordinator', 'contributor', 'sog', 'auditor'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** Roles that are always held for one partnership (and only those). */
export const PARTNERSHIP_ROLES: readonly PersonRole[] = ['coordinator', 'contributor'];

export type PersonInvited = DomainEvent<'PersonInvited', { personId: string; name: string; email: string; organisation: string }>;
/** `partnershipId` is null for roles held everywhere (admin, sog, auditor). */
export type RoleGranted = DomainEvent<'RoleGranted', { personId: string; role: PersonRole; partnershipId: string | null }>;
export type RoleRevoked = DomainEvent<'RoleRevoked', { personId: string; role: PersonRole; partnershipId: string | null }>;
/** The subject (`sub`) of an identity that signed in as this person, first matched by verified email. */
export type SignInLinked = DomainEvent<'SignInLinked', { personId: string; sub: string }>;

export type PersonEvent = PersonInvited | RoleGranted | RoleRevoked | SignInLinked;
