import type { DemoSignIn } from '../sign-in/sign-in-routes';
import { registration } from './data/partnerships';
import { DEMO_PERSONAS } from './personas';

/** The partnerships the live read model knows, by name: the demo's keys resolve through them. */
export interface KnownPartnerships {
  partnerships(): ReadonlyArray<{ id: string; name: string }>;
}

const NAME_OF_KEY = new Map(registration.items.map(([key, name]) => [key, name]));

/**
 * One-click sign-in as the demo's people: a session whose claims are what an identity provider
 * would send for them, with the demo's partnership keys resolved to the ids the loaded demo has.
 */
export function demoSignIn(known: () => KnownPartnerships): DemoSignIn {
  return {
    people: DEMO_PERSONAS,
    claimsOf(key) {
      const persona = DEMO_PERSONAS.find((candidate) => candidate.key === key);
      if (!persona) return null;
      const partnerships = known().partnerships();
      const ids = persona.roles
        .map(({ partnership }) => (partnership ? partnerships.find((p) => p.name === NAME_OF_KEY.get(partnership))?.id : undefined))
        .filter((id): id is string => id !== undefined);
      return {
        sub: `demo:${persona.key}`,
        name: persona.name,
        email: persona.email,
        email_verified: true,
        roles: [...new Set(persona.roles.map(({ role }) => role))],
        partnerships: [...new Set(ids)],
      };
    },
  };
}
