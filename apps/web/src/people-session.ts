/// <reference lib="dom" />
import { gql } from './api';
import { ME } from './people-queries';
import type { Claims, Role } from './session';

export interface Administrator {
  name: string;
  email: string;
}

interface MeAnswer {
  me: { id: string | null; roles: Array<{ role: string; partnershipId: string | null }>; partnerships: string[]; contributes: string[]; administrators: Administrator[] };
}

/**
 * The signed-in claims with what SaferPlan grants the person (the token carries only what the
 * identity provider knows), so the pages offer what the server will allow.
 */
export async function withGrantedRoles(claims: Claims): Promise<Claims> {
  const { me } = await gql<MeAnswer>(ME);
  const roles = [...new Set(me.roles.map((held) => held.role))] as Role[];
  return { ...claims, roles, partnerships: me.partnerships, contributes: me.contributes, personId: me.id ?? undefined, administrators: me.administrators };
}
