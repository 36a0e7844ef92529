import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';
import { DEMO_PERSONAS } from '../../apps/api/src/demo/personas';
import { ApiHarness } from '../support/api-harness';
import { HttpBrowser } from '../support/http-browser';

/**
 * One-click sign-in as the demo's people (issue 16): outside production with no identity
 * provider configured, POST /auth/demo starts a session as the person, guarded by Origin.
 */
describe('one-click demo sign-in (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  }, 60_000);
  afterAll(() => api?.stop());

  const demoSignIn = (browser: HttpBrowser, persona: string, origin = api.baseUrl) =>
    browser.request(`${api.baseUrl}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ persona }) });

  it('lists exactly the demo\'s people on GET /auth/session, and no identity provider', async () => {
    const { signedIn, signIn } = await (await fetch(`${api.baseUrl}/auth/session`)).json();
    expect(signedIn).toBe(false);
    expect(signIn.oidc).toBeNull();
    expect(signIn.demo).toEqual(DEMO_PERSONAS.map(({ key, name, organisation, description }) => ({ key, name, organisation, description })));
  });

  it('signs in as the coordinator of Safer North West with a click, the partnership resolved to its id', async () => {
    const { partnerships } = await api.ok('{ partnerships { id name } }');
    const nwl = partnerships.find((p: { name: string }) => p.name === 'Safer North West Partnership').id;
    const browser = new HttpBrowser();
    const answer = await demoSignIn(browser, 'nwl-coordinator');
    expect(answer.status).toBe(200);
    const { csrfToken } = await answer.json();
    const session = await (await browser.request(`${api.baseUrl}/auth/session`)).json();
    expect(session.user).toEqual({ sub: 'demo:nwl-coordinator', name: 'Sam Patel', email: 'sam.patel@nwleics.example', roles: ['coordinator'], partnerships: [nwl] });
    expect(session.csrfToken).toBe(csrfToken);
    const graphql = await browser.request(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.baseUrl, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ query: `{ partnership(id: "${nwl}") { name } }` }),
    });
    expect((await graphql.json()).data).toEqual({ partnership: { name: 'Safer North West Partnership' } });
    const out = await browser.request(`${api.baseUrl}/auth/logout`, { method: 'POST', headers: { origin: api.baseUrl, 'x-csrf-token': csrfToken } });
    expect(await out.json()).toEqual({ signedOut: true, logoutUrl: null });
  });

  it('refuses a click from another site (Origin) and an unknown person, and starts no session', async () => {
    const browser = new HttpBrowser();
    expect((await demoSignIn(browser, 'admin', 'https://evil.example')).status).toBe(403);
    const unknown = await demoSignIn(browser, 'root');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ message: 'There is no demo person "root"; choose one of the people listed.', field: 'persona' });
    expect(browser.cookie(api.baseUrl, 'saferplan_session')).toBeUndefined();
  });

  it('marks the session cookie Secure when PUBLIC_URL is https, and wants that origin', async () => {
    const behindProxy = await ApiHarness.start({ publicUrl: 'https://saferplan.example' });
    try {
      const click = (origin: string) =>
        fetch(`${behindProxy.baseUrl}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{"persona":"auditor"}' });
      expect((await click(behindProxy.baseUrl)).status).toBe(403);
      const answer = await click('https://saferplan.example');
      expect(answer.status).toBe(200);
      expect(answer.headers.getSetCookie().find((line) => line.startsWith('saferplan_session='))).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      await behindProxy.stop();
    }
  });

  it('has no one-click sign-in in production', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'saferplan-audit-key-'));
    const auditSigningKeyFile = join(keyDir, 'audit.pem');
    writeFileSync(auditSigningKeyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const production = await ApiHarness.start({ nodeEnv: 'production', auditSigningKeyFile, loadDemo: false });
    try {
      const answer = await fetch(`${production.baseUrl}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json', origin: production.baseUrl }, body: '{"persona":"admin"}' });
      expect(answer.status).toBe(404);
      expect((await (await fetch(`${production.baseUrl}/auth/session`)).json()).signIn).toEqual({ oidc: null, demo: null });
    } finally {
      await production.stop();
      rmSync(keyDir, { recursive: true, force: true });
    }
  });
});

describeWithService('postgres', 'browser sessions on PostgreSQL (end to end)', () => {
  it('are shared by two instances on one database: signed in on one, working on the other', async () => {
    const first = await ApiHarness.start({ store: 'postgres' });
    const second = await ApiHarness.start({ store: 'postgres', databaseSchema: first.config.databaseSchema });
    try {
      const browser = new HttpBrowser();
      const answer = await browser.request(`${first.baseUrl}/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.baseUrl },
        body: JSON.stringify({ persona: 'admin' }),
      });
      const { csrfToken } = await answer.json();
      browser.setCookie(second.baseUrl, 'saferplan_session', browser.cookie(first.baseUrl, 'saferplan_session')!);
      const created = await browser.request(`${second.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.baseUrl, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ query: 'mutation { registerPartnership(input: { name: "Shared Session Partnership", kind: COMMUNITY_SAFETY_PARTNERSHIP }) { id } }' }),
      });
      const { data } = await created.json();
      const { history } = await first.ok(`{ history(id: "${data.registerPartnership.id}") { actor actorName } }`);
      expect(history).toEqual([{ actor: 'demo:admin', actorName: 'Alex Morgan' }]);
    } finally {
      await second.stop(); // its schema is first's, dropped by first
      await first.stop();
    }
  });
});
