import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiHarness } from '../support/api-harness';
import { HttpBrowser } from '../support/http-browser';
import { OpenIdProvider } from '../support/openid-provider';

/**
 * Browser sign-in (issue 16) over HTTP against a real OpenID Provider (oidc-provider, certified):
 * code flow with PKCE, state and nonce; server-side sessions with idle and absolute expiry; CSRF
 * token and Origin on every cookie-authenticated POST; bearer tokens as before.
 */
const PORT = 4710; // fixed: the redirect URI is registered at the provider before SaferPlan starts
const PUBLIC_URL = `http://127.0.0.1:${PORT}`;
const PUBLIC_CLIENT_PORT = 4711;
const MINUTE = 60_000;
const PARTNERSHIPS = '{ partnerships { name } }';

describe('browser sign-in with OpenID Connect (end to end)', () => {
  let provider: OpenIdProvider;
  let api: ApiHarness;
  let now = Date.UTC(2026, 11, 2, 9, 0);

  beforeAll(async () => {
    provider = await OpenIdProvider.start({
      clients: [
        {
          client_id: 'saferplan',
          client_secret: 'saferplan-test-client-secret',
          redirect_uris: [`${PUBLIC_URL}/auth/callback`],
          post_logout_redirect_uris: [`${PUBLIC_URL}/`],
        },
        { client_id: 'saferplan-public', redirect_uris: [`http://127.0.0.1:${PUBLIC_CLIENT_PORT}/auth/callback`] },
      ],
      accounts: {
        alex: { name: 'Alex Morgan', email: 'Alex.Morgan@leics.example', email_verified: true, roles: ['admin'] },
        sam: { name: 'Sam Patel', email: 'sam.patel@nwleics.example', email_verified: false, roles: ['sog'] },
      },
    });
    api = await ApiHarness.start({
      port: PORT,
      publicUrl: PUBLIC_URL,
      authOidcIssuer: provider.issuer,
      authOidcClientId: 'saferplan',
      authOidcClientSecret: 'saferplan-test-client-secret',
      sessionClock: () => now,
    });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
  });

  /** Signs `login` in through the provider's form; returns the browser holding the session. */
  async function signedIn(login: string): Promise<{ browser: HttpBrowser; csrfToken: string }> {
    const browser = new HttpBrowser();
    const callback = await browser.signInAtProvider(PUBLIC_URL, login);
    const answer = await browser.request(callback);
    expect(answer.status).toBe(303);
    const session = await (await browser.request(`${PUBLIC_URL}/auth/session`)).json();
    return { browser, csrfToken: session.csrfToken };
  }

  const post = (browser: HttpBrowser, query: string, headers: Record<string, string>) =>
    browser
      .request(`${PUBLIC_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
      .then((response) => response.json());
  const sessionRows = () => {
    const db = new Database(join(api.config.dataDir, 'sessions.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const partnershipNames = async () => (await api.ok(PARTNERSHIPS)).partnerships.map((p: { name: string }) => p.name);

  it('signs in through the provider, answers GraphQL on the session cookie, and signs out at the provider too', async () => {
    const browser = new HttpBrowser();
    const callback = await browser.signInAtProvider(PUBLIC_URL, 'alex', '/#/coordinator');
    const landing = await browser.request(callback);
    expect([landing.status, landing.headers.get('location')]).toEqual([303, '/#/coordinator']);
    const setCookie = landing.headers.getSetCookie().find((line) => line.startsWith('saferplan_session='))!;
    expect(setCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/); // not Secure: PUBLIC_URL is http here

    const session = await (await browser.request(`${PUBLIC_URL}/auth/session`)).json();
    expect(session).toMatchObject({
      signedIn: true,
      user: { sub: 'alex', name: 'Alex Morgan', email: 'alex.morgan@leics.example', roles: ['admin'], partnerships: [] },
      endsAt: new Date(now + 12 * 60 * MINUTE).toISOString(),
    });
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const headers = { origin: PUBLIC_URL, 'x-csrf-token': session.csrfToken };
    const created = await post(browser, `mutation { registerPartnership(input: { name: "Signed-in Partnership", kind: COMMUNITY_SAFETY_PARTNERSHIP }) { id } }`, headers);
    expect(created.errors).toBeUndefined();
    const history = await post(browser, `{ history(id: "${created.data.registerPartnership.id}") { actor } }`, headers);
    expect(history.data?.history ?? history).toEqual([{ actor: 'alex' }]);

    const out = await browser.request(`${PUBLIC_URL}/auth/logout`, { method: 'POST', headers });
    const { logoutUrl } = await out.json();
    expect(out.status).toBe(200);
    const logout = new URL(logoutUrl);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(browser.cookie(PUBLIC_URL, 'saferplan_session')).toBeUndefined();
    expect((await (await browser.request(`${PUBLIC_URL}/auth/session`)).json()).signedIn).toBe(false);
  });

  it('keeps no claim the provider does not vouch for: an unverified email is left out', async () => {
    const { browser } = await signedIn('sam');
    const { user } = await (await browser.request(`${PUBLIC_URL}/auth/session`)).json();
    expect(user).toEqual({ sub: 'sam', name: 'Sam Patel', roles: ['sog'], partnerships: [] });
  });

  it('answers a callback with a wrong state with 400 and a sign-in link, and writes nothing', async () => {
    const before = sessionRows();
    const browser = new HttpBrowser();
    const callback = new URL(await browser.signInAtProvider(PUBLIC_URL, 'alex'));
    callback.searchParams.set('state', 'not-the-state-of-this-sign-in');
    const answer = await browser.request(callback.toString());
    expect(answer.status).toBe(400);
    const page = await answer.text();
    expect(page).toContain('does not belong to this sign-in');
    expect(page).toContain('<a href="/auth/login">Sign in again</a>');
    expect(browser.cookie(PUBLIC_URL, 'saferplan_session')).toBeUndefined();
    expect(sessionRows()).toBe(before);
  });

  it('refuses an answer naming another issuer (RFC 9207 iss) with 400', async () => {
    const browser = new HttpBrowser();
    const callback = new URL(await browser.signInAtProvider(PUBLIC_URL, 'alex'));
    expect(callback.searchParams.get('iss')).toBe(provider.issuer);
    callback.searchParams.set('iss', 'https://login.evil.example');
    const answer = await browser.request(callback.toString());
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('another identity provider');
  });

  it('refuses a replayed code with 400', async () => {
    const browser = new HttpBrowser();
    const callback = await browser.signInAtProvider(PUBLIC_URL, 'alex');
    const pending = browser.cookie(PUBLIC_URL, 'saferplan_signin')!;
    expect((await browser.request(callback)).status).toBe(303);
    const before = sessionRows();
    browser.setCookie(PUBLIC_URL, 'saferplan_signin', pending); // the very same sign-in, state and all
    const replay = await browser.request(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('did not accept this sign-in&#39;s code');
    expect(sessionRows()).toBe(before);
  });

  it('refuses an ID token whose nonce is not this sign-in\'s with 400', async () => {
    const browser = new HttpBrowser();
    const callback = await browser.signInAtProvider(PUBLIC_URL, 'alex');
    const pending = JSON.parse(Buffer.from(browser.cookie(PUBLIC_URL, 'saferplan_signin')!, 'base64url').toString('utf8'));
    const tampered = Buffer.from(JSON.stringify({ ...pending, nonce: 'another-sign-in-nonce' })).toString('base64url');
    browser.setCookie(PUBLIC_URL, 'saferplan_signin', tampered);
    const before = sessionRows();
    const answer = await browser.request(callback);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('its nonce does not match');
    expect(sessionRows()).toBe(before);
  });

  it('refuses a callback from a sign-in this browser never started', async () => {
    const browser = new HttpBrowser();
    const callback = await browser.signInAtProvider(PUBLIC_URL, 'alex');
    const stranger = new HttpBrowser();
    const answer = await stranger.request(callback);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('was not started in this browser');
  });

  it('ends a session after 30 idle minutes', async () => {
    const { browser, csrfToken } = await signedIn('alex');
    const headers = { origin: PUBLIC_URL, 'x-csrf-token': csrfToken };
    now += 29 * MINUTE;
    expect((await post(browser, PARTNERSHIPS, headers)).errors).toBeUndefined();
    now += 30 * MINUTE;
    const answer = await post(browser, PARTNERSHIPS, headers);
    expect(answer.errors[0]).toMatchObject({ message: 'Your session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await (await browser.request(`${PUBLIC_URL}/auth/session`)).json()).signedIn).toBe(false);
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const { browser, csrfToken } = await signedIn('alex');
    const headers = { origin: PUBLIC_URL, 'x-csrf-token': csrfToken };
    for (let minutes = 25; minutes <= 700; minutes += 25) {
      now += 25 * MINUTE; // a request every 25 minutes: never idle for long
      expect((await browser.request(`${PUBLIC_URL}/auth/session`).then((r) => r.json())).signedIn).toBe(true);
    }
    now += 25 * MINUTE; // 12 h 5 min after sign-in, 25 min after the last request
    expect((await post(browser, PARTNERSHIPS, headers)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cookie-authenticated POST without the CSRF token, or from another origin, and writes nothing', async () => {
    const { browser, csrfToken } = await signedIn('alex');
    const mutation = `mutation { registerPartnership(input: { name: "Forged Partnership", kind: COMMUNITY_SAFETY_PARTNERSHIP }) { id } }`;
    const missing = await post(browser, mutation, { origin: PUBLIC_URL });
    expect(missing.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(missing.errors[0].message).toContain('X-CSRF-Token');
    const wrong = await post(browser, mutation, { origin: PUBLIC_URL, 'x-csrf-token': 'a'.repeat(43) });
    expect(wrong.errors[0].extensions.code).toBe('FORBIDDEN');
    const elsewhere = await post(browser, mutation, { origin: 'https://evil.example', 'x-csrf-token': csrfToken });
    expect(elsewhere.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(elsewhere.errors[0].message).toContain('Origin');
    const noOrigin = await post(browser, mutation, { 'x-csrf-token': csrfToken });
    expect(noOrigin.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await partnershipNames()).not.toContain('Forged Partnership');
    // Sign-out is a POST like any other: a page elsewhere cannot sign the user out either.
    expect((await browser.request(`${PUBLIC_URL}/auth/logout`, { method: 'POST', headers: { origin: 'https://evil.example', 'x-csrf-token': csrfToken } })).status).toBe(403);
    expect((await post(browser, PARTNERSHIPS, { origin: PUBLIC_URL, 'x-csrf-token': csrfToken })).errors).toBeUndefined();
  });

  it('keeps bearer tokens working for the API and the CLI, ahead of any cookie', async () => {
    expect((await api.gql(PARTNERSHIPS)).errors).toBeUndefined();
    const { browser } = await signedIn('sam'); // a SOG member may not register partnerships
    const asAdmin = await post(browser, `mutation { registerPartnership(input: { name: "Bearer Partnership", kind: COMMUNITY_SAFETY_PARTNERSHIP }) { id } }`, api.authHeaders());
    expect(asAdmin.errors).toBeUndefined();
    expect((await api.gql(PARTNERSHIPS, {}, { authorization: 'Bearer not.a.token' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps sessions across a restart', async () => {
    const { browser, csrfToken } = await signedIn('alex');
    await api.restart();
    expect((await post(browser, PARTNERSHIPS, { origin: PUBLIC_URL, 'x-csrf-token': csrfToken })).errors).toBeUndefined();
  });

  it('signs in a public client with PKCE alone (no client secret)', async () => {
    const url = `http://127.0.0.1:${PUBLIC_CLIENT_PORT}`;
    const publicApi = await ApiHarness.start({ port: PUBLIC_CLIENT_PORT, publicUrl: url, authOidcIssuer: provider.issuer, authOidcClientId: 'saferplan-public' });
    try {
      const browser = new HttpBrowser();
      const login = await browser.request(`${url}/auth/login`);
      const authorize = new URL(login.headers.get('location')!);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const signedInBrowser = new HttpBrowser();
      expect((await signedInBrowser.request(await signedInBrowser.signInAtProvider(url, 'alex'))).status).toBe(303);
      expect((await (await signedInBrowser.request(`${url}/auth/session`)).json()).user.sub).toBe('alex');
    } finally {
      await publicApi.stop();
    }
  });

  it('stops start-up with a message naming AUTH_OIDC_ISSUER when the issuer cannot be reached', async () => {
    await expect(
      ApiHarness.start({ port: 0, publicUrl: 'http://127.0.0.1:4799', authOidcIssuer: 'http://127.0.0.1:9/unreachable', authOidcClientId: 'saferplan' }),
    ).rejects.toThrow(/^AUTH_OIDC_ISSUER: the issuer's discovery document http:\/\/127\.0\.0\.1:9\/unreachable\/\.well-known\/openid-configuration could not be read/);
  });

  it('offers no one-click demo sign-in when an identity provider is configured', async () => {
    const answer = await fetch(`${PUBLIC_URL}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: '{"persona":"admin"}' });
    expect(answer.status).toBe(404);
    const { signIn } = await (await fetch(`${PUBLIC_URL}/auth/session`)).json();
    expect(signIn).toEqual({ oidc: { name: '127.0.0.1', loginUrl: '/auth/login' }, demo: null });
  });
});
