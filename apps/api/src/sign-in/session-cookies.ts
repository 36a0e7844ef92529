import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '@saferplan/domain';
import { principalFromClaims, type Principal } from '../auth/principal';
import type { CookieSessions } from '../auth/request-auth';
import { readCookie, SESSION_COOKIE } from './cookies';
import { changesState, fromOwnOrigin, sameToken } from './request-origin';
import type { ActiveSession, Sessions } from './sessions';

export const CSRF_HEADER = 'x-csrf-token';

/**
 * The session cookie as a way to authenticate a request. A cookie goes with every request the
 * browser makes, whichever page starts it, so a state-changing one must also prove it comes
 * from SaferPlan's own pages: the session's CSRF token in X-CSRF-Token, and our Origin.
 */
export class SessionCookies implements CookieSessions {
  constructor(
    private readonly sessions: Sessions,
    private readonly publicUrl: string | null,
  ) {}

  /** The running session of this request's cookie, or null. */
  async current(request: FastifyRequest): Promise<ActiveSession | null> {
    const id = readCookie(request.headers.cookie, SESSION_COOKIE);
    return id ? this.sessions.find(id) : null;
  }

  async authenticate(request: FastifyRequest): Promise<Principal | null> {
    if (!readCookie(request.headers.cookie, SESSION_COOKIE)) return null;
    const session = await this.current(request);
    if (!session) throw new UnauthenticatedError('Your session has ended; sign in again');
    if (changesState(request.method)) {
      if (!fromOwnOrigin(request, this.publicUrl)) throw new ForbiddenError('This request did not come from a SaferPlan page (its Origin is another site); nothing was changed');
      if (!sameToken(request.headers[CSRF_HEADER], session.csrfToken)) {
        throw new ForbiddenError('This request did not carry the session\'s X-CSRF-Token header; reload the page and try again. Nothing was changed');
      }
    }
    const principal = principalFromClaims(session.claims);
    if (!principal) throw new UnauthenticatedError('Your session has no subject; sign in again');
    return principal;
  }
}
