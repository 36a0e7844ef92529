import type { Role } from '@saferplan/identity/tokens';
import type { Principal } from '../auth/principal';
import type { PeopleView, PersonView } from './people.projection';

/**
 * The person a signed-in identity is: the one its subject was linked to, else the one with its
 * verified email (emails are stored lower-cased; principals carry them lower-cased too).
 */
export function personOf(principal: Principal, people: PeopleView): PersonView | undefined {
  const linked = people.idBySignIn.get(principal.sub);
  const id = linked ?? (principal.email ? people.idByEmail.get(principal.email) : undefined);
  return id ? people.byId.get(id) : undefined;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/**
 * The principal with the roles granted in SaferPlan added to those its token carries: a role
 * granted here needs no change at the identity provider, and token roles keep working.
 */
export function withPersonRoles(principal: Principal, person: PersonView | undefined): Principal {
  if (!person) return principal;
  const partnershipsOf = (role: Role) => person.roles.filter((held) => held.role === role).map((held) => held.partnershipId!);
  return {
    ...principal,
    personId: person.id,
    roles: union(principal.roles, person.roles.map((held) => held.role)),
    partnerships: union(principal.partnerships, partnershipsOf('coordinator')),
    contributes: union(principal.contributes ?? [], partnershipsOf('contributor')),
  };
}
