import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '@saferplan/domain';
import type { Authenticator } from './authenticator';
import type { Principal } from './principal';

const OUTCOME = Symbol('saferplan.authentication');

type Outcome = { principal: Principal } | { error: UnauthenticatedError | ForbiddenError };
type WithOutcome = { [OUTCOME]?: Outcome };

/**
 * Browser sessions (sign-in/): the principal of a request's session cookie, null when it carries
 * none. Throws UnauthenticatedError for an ended session, ForbiddenError for a state-changing
 * request without the session's CSRF token or from another origin.
 */
export interface CookieSessions {
  authenticate(request: FastifyRequest): Promise<Principal | null>;
}

/**
 * Verifies the bearer token (or, without an Authorization header, the session cookie) once per
 * request, before anything else runs, so the rate limiter can count per user and the access
 * guard and the actor of every event read the same answer.
 */
/** Completes a verified principal with what SaferPlan records about the person (people/). */
export type PersonMatch = (principal: Principal) => Promise<Principal>;

export function registerAuthentication(fastify: FastifyInstance, authenticator: Authenticator, sessions?: CookieSessions, people?: PersonMatch): void {
  fastify.addHook('onRequest', async (request) => {
    (request as WithOutcome)[OUTCOME] = await authenticateRequest(request, authenticator, sessions).then(
      (principal) => (people ? people(principal) : principal),
    ).then(
      (principal) => ({ principal }),
      (error) => ({
        error: error instanceof UnauthenticatedError || error instanceof ForbiddenError ? error : new UnauthenticatedError('The token could not be checked; sign in again'),
      }),
    );
  });
}

async function authenticateRequest(request: FastifyRequest, authenticator: Authenticator, sessions: CookieSessions | undefined): Promise<Principal> {
  // A bearer token wins: the API and the CLI work exactly as before sessions existed.
  if (sessions && !request.headers.authorization) {
    const principal = await sessions.authenticate(request);
    if (principal) return principal;
  }
  return authenticator.authenticate(request.headers.authorization);
}

/** The verified caller of a request, or null (no token, or a bad one). */
export function principalOf(request: unknown): Principal | null {
  const outcome = (request as WithOutcome | undefined)?.[OUTCOME];
  return outcome && 'principal' in outcome ? outcome.principal : null;
}

/** The verified caller; UNAUTHENTICATED (saying why) when there is none. */
export function requirePrincipal(request: unknown): Principal {
  const outcome = (request as WithOutcome | undefined)?.[OUTCOME];
  if (!outcome || 'error' in outcome) throw refusalOf(request)!;
  return outcome.principal;
}

/**
 * What requirePrincipal would throw for this request, or null when it has a verified caller:
 * lets a refusal be answered before execution (graphql/refuse-unsigned.ts) in the guard's own words.
 */
export function refusalOf(request: unknown): UnauthenticatedError | ForbiddenError | null {
  const outcome = (request as WithOutcome | undefined)?.[OUTCOME];
  if (!outcome) return new UnauthenticatedError('Sign in: send the header Authorization: Bearer <token>');
  return 'error' in outcome ? outcome.error : null;
}
