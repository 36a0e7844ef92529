import { sign } from 'jsonwebtoken';

export type Role = 'admin' | 'coordinator' | 'sog' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'coordinator', 'sog', 'auditor'];

/** The claims SaferPlan reads from a bearer token (docs/identity.md). */
export interface SaferPlanClaims {
  sub: string;
  name: string;
  roles: Role[];
  /** Ids of the partnerships a coordinator may write to. */
  partnerships?: string[];
}

/** A local HS256 token, for development, tests and the `token` CLI command. */
export function mintToken(secret: string, claims: SaferPlanClaims, expiresIn: string | number = '12h'): string {
  return sign({ ...claims, partnerships: claims.partnerships ?? [] }, secret, {
    algorithm: 'HS256',
    expiresIn: expiresIn as never,
    issuer: 'saferplan-local',
  });
}
