import { ROLES, type Role } from '@saferplan/identity/tokens';

/** Who is calling, as proven by their bearer token. */
export interface Principal {
  sub: string;
  name: string;
  roles: Role[];
  /** Partnerships a coordinator may write to (and read the plans of). */
  partnerships: string[];
}

/**
 * Reads SaferPlan's claims from a verified token payload. Unknown roles are ignored rather than
 * refused so an identity provider may send roles of other applications alongside ours.
 */
export function principalFromClaims(payload: unknown): Principal | null {
  if (!payload || typeof payload !== 'object') return null;
  const claims = payload as Record<string, unknown>;
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '') return null;
  const roles = Array.isArray(claims.roles) ? ROLES.filter((role) => (claims.roles as unknown[]).includes(role)) : [];
  const partnerships = Array.isArray(claims.partnerships) ? claims.partnerships.filter((id): id is string => typeof id === 'string') : [];
  const displayName = [claims.name, claims.preferred_username].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return { sub: claims.sub.slice(0, 200), name: (displayName ?? claims.sub).slice(0, 200), roles, partnerships };
}
