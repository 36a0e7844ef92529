import type { Principal } from '../auth/principal';
import type { PersonView } from './people.projection';

/** A role as `me` lists it; `grantedAt` and `grantedBy` are null for a role only the token carries. */
export interface MeRole {
  role: string;
  partnershipId: string | null;
  grantedAt: string | null;
  grantedBy: string | null;
}

/**
 * The roles `me` lists: every role of the (already completed) principal, one entry per
 * partnership for coordinator and contributor, with when and by whom it was granted when it was
 * granted here.
 */
export function rolesOfMe(principal: Principal, person: PersonView | undefined): MeRole[] {
  const granted = (role: string, partnershipId: string | null): MeRole =>
    person?.roles.find((held) => held.role === role && held.partnershipId === partnershipId) ?? { role, partnershipId, grantedAt: null, grantedBy: null };
  return principal.roles.flatMap((role) => {
    const partnerships = role === 'coordinator' ? principal.partnerships : role === 'contributor' ? (principal.contributes ?? []) : [];
    return (partnerships.length ? partnerships : [null]).map((partnershipId) => granted(role, partnershipId));
  });
}
