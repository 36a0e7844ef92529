import type { FastifyInstance } from 'fastify';
import { UnauthenticatedError } from '@saferplan/domain';
import type { Authenticator } from './authenticator';
import type { Principal } from './principal';

const OUTCOME = Symbol('saferplan.authentication');

type Outcome = { principal: Principal } | { error: UnauthenticatedError };
type WithOutcome = { [OUTCOME]?: Outcome };

/**
 * Verifies the bearer token once per request, before anything else runs, so the rate limiter
 * can count per user and the access guard and the actor of every event read the same answer.
 */
export function registerAuthentication(fastify: FastifyInstance, authenticator: Authenticator): void {
  fastify.addHook('onRequest', async (request) => {
    (request as WithOutcome)[OUTCOME] = await authenticator.authenticate(request.headers.authorization).then(
      (principal) => ({ principal }),
      (error) => ({ error: error instanceof UnauthenticatedError ? error : new UnauthenticatedError('The token could not be checked; sign in again') }),
    );
  });
}

/** The verified caller of a request, or null (no token, or a bad one). */
export function principalOf(request: unknown): Principal | null {
  const outcome = (request as WithOutcome | undefined)?.[OUTCOME];
  return outcome && 'principal' in outcome ? outcome.principal : null;
}

/** The verified caller; UNAUTHENTICATED (saying why) when there is none. */
export function requirePrincipal(request: unknown): Principal {
  const outcome = (request as WithOutcome | undefined)?.[OUTCOME];
  if (!outcome) throw new UnauthenticatedError('Sign in: send the header Authorization: Bearer <token>');
  if ('error' in outcome) throw outcome.error;
  return outcome.principal;
}
