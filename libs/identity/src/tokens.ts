import { sign } from 'jsonwebtoken';
import { DEFAULT_TOKEN_ISSUER } from '@saferplan/config/app-config';

export type Role = 'admin' | 'coordinator' | 'contributor' | 'sog' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'coordinator', 'contributor', 'sog', 'auditor'];

/** The claims SaferPlan reads from a bearer token (docs/identity.md). */
export interface SaferPlanClaims {
  sub: string;
  name: string;
  roles: Role[];
  /** Ids of the partnerships a coordinator may write to (a contributor's, for a contributor). */
  partnerships?: string[];
}

/**
 * A local HS256 token, for development, tests and the `token` CLI command. The server accepts
 * it only with its own issuer (AUTH_TOKEN_ISSUER) and a lifetime within AUTH_TOKEN_LIFETIME.
 */
export function mintToken(
  secret: string,
  claims: SaferPlanClaims,
  expiresIn: string | number = '12h',
  issuer: string = DEFAULT_TOKEN_ISSUER,
): string {
  return sign({ ...claims, partnerships: claims.partnerships ?? [] }, secret, {
    algorithm: 'HS256',
    expiresIn: expiresIn as never,
    issuer,
  });
}
