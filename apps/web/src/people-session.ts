/// <reference lib="dom" />
import { gql } from './api';
import { ME } from './people-queries';
import type { Claims, Role } from './session';

export interface Administrator {
  name: string;
  email: string;
}

interface MeAnswer {
  me: { roles: string[]; partnerships: string[]; contributes: string[]; person: { id: string; name: string } | null; administrators: Administrator[] };
}

/**
 * The signed-in claims with what SaferPlan grants the person (the token carries only what the
 * identity provider knows), so the pages offer what the server will allow.
 */
export async function withGrantedRoles(claims: Claims): Promise<Claims> {
  const { me } = await gql<MeAnswer>(ME);
  return { ...claims, roles: me.roles as Role[], partnerships: me.partnerships, contributes: me.contributes, personId: me.person?.id, administrators: me.administrators };
}
