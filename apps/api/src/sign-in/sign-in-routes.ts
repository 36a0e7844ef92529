import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '@saferplan/domain';
import type { AppConfig } from '@saferplan/config/app-config';
import { principalFromClaims } from '../auth/principal';
import { cookie, expiredCookie, readCookie, SESSION_COOKIE, SIGN_IN_COOKIE } from './cookies';
import { type OidcRelyingParty, type PendingSignIn, SignInRefused } from './oidc-relying-party';
import { fromOwnOrigin, safeReturnPath } from './request-origin';
import { refusedSignInPage } from './sign-in-page';
import type { SessionCookies } from './session-cookies';
import type { Sessions } from './sessions';

/** One-click sign-in as the demo's people (apps/api/src/demo), offered outside production only. */
export interface DemoSignIn {
  people: ReadonlyArray<{ key: string; name: string; organisation: string; description: string }>;
  /** The claims a session as this person carries, or null for an unknown key. */
  claimsOf(key: string): Record<string, unknown> | null;
}

export interface SignInRoutes {
  config: Pick<AppConfig, 'publicUrl' | 'authOidcIssuer' | 'authOidcName'>;
  sessions: Sessions;
  cookies: SessionCookies;
  relyingParty: OidcRelyingParty | null;
  demo: DemoSignIn | null;
}

/** The sign-in in flight lives 10 minutes: long enough to type a password and answer MFA. */
const SIGN_IN_SECONDS = 600;
/** ID token claims a session keeps: what principalFromClaims reads, and nothing more. */
const KEPT_CLAIMS = ['sub', 'name', 'preferred_username', 'email', 'email_verified', 'roles', 'partnerships'];

const NOT_CONFIGURED =
  'Sign-in through an identity provider is not configured here: set AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID (and AUTH_OIDC_CLIENT_SECRET for a confidential client) and PUBLIC_URL.';

/** GET /auth/login, GET /auth/callback, POST /auth/logout, GET /auth/session, and POST /auth/demo. */
export function registerSignIn(fastify: FastifyInstance, routes: SignInRoutes): void {
  const { config, sessions, cookies, relyingParty, demo } = routes;
  const secure = (request: FastifyRequest) => (config.publicUrl ? config.publicUrl.startsWith('https:') : request.protocol === 'https');

  async function startSession(request: FastifyRequest, reply: FastifyReply, claims: Record<string, unknown>, idToken: string | null) {
    const previous = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (previous) await sessions.end(previous);
    const started = await sessions.start(claims, idToken);
    reply.header('set-cookie', [cookie(SESSION_COOKIE, started.id, { secure: secure(request) }), expiredCookie(SIGN_IN_COOKIE, { secure: secure(request), path: '/auth' })]);
    return started;
  }

  fastify.get<{ Querystring: { returnTo?: string } }>('/auth/login', async (request, reply) => {
    if (!relyingParty) return reply.code(404).send({ message: NOT_CONFIGURED });
    const { url, pending } = relyingParty.begin(safeReturnPath(request.query.returnTo));
    const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
    return reply
      .header('set-cookie', cookie(SIGN_IN_COOKIE, value, { secure: secure(request), path: '/auth', maxAgeSeconds: SIGN_IN_SECONDS }))
      .header('cache-control', 'no-store')
      .redirect(url, 302);
  });

  fastify.get<{ Querystring: Record<string, string | undefined> }>('/auth/callback', async (request, reply) => {
    if (!relyingParty) return reply.code(404).send({ message: NOT_CONFIGURED });
    const pending = pendingSignIn(readCookie(request.headers.cookie, SIGN_IN_COOKIE));
    try {
      const { claims, idToken } = await relyingParty.complete(pending, request.query);
      const kept = Object.fromEntries(KEPT_CLAIMS.filter((name) => claims[name] !== undefined).map((name) => [name, claims[name]]));
      if (!principalFromClaims(kept)) throw new SignInRefused('The ID token names nobody (it has no sub claim).');
      await startSession(request, reply, kept, idToken);
      return reply.header('cache-control', 'no-store').redirect(pending!.returnTo, 303);
    } catch (error) {
      if (!(error instanceof SignInRefused || error instanceof UnauthenticatedError)) throw error;
      return reply
        .code(400)
        .header('set-cookie', expiredCookie(SIGN_IN_COOKIE, { secure: secure(request), path: '/auth' }))
        .type('text/html; charset=utf-8')
        .send(refusedSignInPage(error.message));
    }
  });

  fastify.post('/auth/logout', async (request, reply) => {
    const id = readCookie(request.headers.cookie, SESSION_COOKIE);
    let idToken: string | null = null;
    if (id) {
      try {
        await cookies.authenticate(request); // the same CSRF and Origin checks as any POST
      } catch (error) {
        if (error instanceof ForbiddenError) return reply.code(403).send({ message: error.message });
        // An ended session: nothing to end, the cookie is still cleared below.
      }
      idToken = (await sessions.end(id))?.idToken ?? null;
    }
    const home = `${config.publicUrl ?? `${request.protocol}://${request.host}`}/`;
    return reply
      .header('set-cookie', expiredCookie(SESSION_COOKIE, { secure: secure(request) }))
      .header('cache-control', 'no-store')
      .send({ signedOut: true, logoutUrl: relyingParty && idToken ? relyingParty.logoutUrl(idToken, home) : null });
  });

  fastify.get('/auth/session', async (request, reply) => {
    const session = await cookies.current(request);
    const user = session ? principalFromClaimsOrNull(session.claims) : null;
    const issuerName = config.authOidcName ?? (config.authOidcIssuer ? new URL(config.authOidcIssuer).hostname : null);
    return reply.header('cache-control', 'no-store').send({
      signedIn: user !== null,
      user,
      csrfToken: user ? session!.csrfToken : null,
      endsAt: user ? new Date(session!.endsAt).toISOString() : null,
      signIn: {
        oidc: relyingParty ? { name: issuerName, loginUrl: '/auth/login' } : null,
        demo: demo ? demo.people.map(({ key, name, organisation, description }) => ({ key, name, organisation, description })) : null,
      },
    });
  });

  fastify.post<{ Body: { persona?: unknown } }>('/auth/demo', async (request, reply) => {
    if (!demo) return reply.code(404).send({ message: 'One-click demo sign-in is only offered outside production when no identity provider is configured.' });
    // No session yet, so no CSRF token: the Origin alone shows the click was on SaferPlan's page.
    if (!fromOwnOrigin(request, config.publicUrl)) return reply.code(403).send({ message: 'This sign-in did not come from a SaferPlan page (its Origin is another site).' });
    const key = typeof request.body?.persona === 'string' ? request.body.persona : '';
    const claims = demo.claimsOf(key);
    if (!claims) return reply.code(400).send({ message: `There is no demo person "${key.slice(0, 60)}"; choose one of the people listed.`, field: 'persona' });
    const { csrfToken } = await startSession(request, reply, claims, null);
    return reply.header('cache-control', 'no-store').send({ signedIn: true, csrfToken });
  });
}

function principalFromClaimsOrNull(claims: Record<string, unknown>) {
  try {
    return principalFromClaims(claims);
  } catch {
    return null;
  }
}

/** The sign-in in flight, from its cookie; null when missing or not ours. */
function pendingSignIn(value: string | null): PendingSignIn | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    const fields = [parsed.state, parsed.nonce, parsed.codeVerifier, parsed.returnTo];
    return fields.every((field) => typeof field === 'string') ? { ...(parsed as PendingSignIn), returnTo: safeReturnPath(parsed.returnTo) } : null;
  } catch {
    return null;
  }
}
