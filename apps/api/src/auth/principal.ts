import { hasVisibleText, textProblem, UnauthenticatedError } from '@saferplan/domain';
import { ROLES, type Role } from '@saferplan/identity/tokens';

/** Who is calling, as proven by their bearer token. */
export interface Principal {
  sub: string;
  name: string;
  roles: Role[];
  /** Partnerships a coordinator may write to (and read the plans of). */
  partnerships: string[];
  /**
   * The email the identity provider vouches for (`email` with `email_verified` not false), used
   * to match a signed-in identity to a person recorded in SaferPlan; absent when unverified.
   */
  email?: string;
  /** Partnerships a contributor records progress for, on the actions they own (issue 16). */
  contributes?: string[];
  /** The person recorded in SaferPlan this identity was matched to (apps/api/src/people/). */
  personId?: string;
}

const CLAIM_MAX = 200;

/** The first `CLAIM_MAX` characters, cut between characters so no half of an emoji is left behind. */
const capped = (text: string) => (text.length <= CLAIM_MAX ? text : Array.from(text).slice(0, CLAIM_MAX).join(''));

/**
 * A claim recorded beside every event (sub, name) follows the same text rule as any input: a
 * signed token is no reason to store what a store cannot keep or a reader cannot see.
 */
function plainClaim(value: unknown, claim: string): string | null {
  if (typeof value !== 'string') return null;
  const problem = textProblem(value, `the token's ${claim} claim`);
  if (problem) throw new UnauthenticatedError(`The token is not valid (${problem})`);
  return hasVisibleText(value) ? value : null;
}

/**
 * Reads SaferPlan's claims from a verified token payload. Unknown roles are ignored rather than
 * refused so an identity provider may send roles of other applications alongside ours.
 * UnauthenticatedError when a claim is not plain text.
 */
export function principalFromClaims(payload: unknown): Principal | null {
  if (!payload || typeof payload !== 'object') return null;
  const claims = payload as Record<string, unknown>;
  const sub = plainClaim(claims.sub, 'sub');
  if (sub === null) return null;
  const roles = Array.isArray(claims.roles) ? ROLES.filter((role) => (claims.roles as unknown[]).includes(role)) : [];
  const partnerships = Array.isArray(claims.partnerships) ? claims.partnerships.filter((id): id is string => typeof id === 'string') : [];
  const displayName = plainClaim(claims.name, 'name') ?? plainClaim(claims.preferred_username, 'preferred_username');
  const email = plainClaim(claims.email, 'email');
  const verified = email !== null && claims.email_verified !== false;
  // A token's one partnerships claim serves a contributor too: an identity provider has no other.
  const contributes = roles.includes('contributor') ? { contributes: partnerships } : {};
  return { sub: capped(sub), name: capped(displayName ?? sub), roles, partnerships, ...contributes, ...(verified ? { email: capped(email.trim().toLowerCase()) } : {}) };
}
