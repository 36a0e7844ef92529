import type { Page } from 'playwright-core';
import { ApiHarness } from '../support/api-harness';
import { OpenIdProvider } from '../support/openid-provider';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, settled, type Browser, closeBrowserAndServer } from './browser';

/**
 * Signing in to the dashboard in a real browser (issue 16): through a real OpenID Provider's
 * login form, then a quarterly update as a coordinator, then sign-out at the provider too; and
 * the demo's one-click sign-in.
 */
const PORT = 4712; // fixed: the redirect URI is registered at the provider before SaferPlan starts
const PUBLIC_URL = `http://127.0.0.1:${PORT}`;
const NW = 'Safer North West Partnership';
const IOM = 'Integrated Offender Management of priority offenders';
const QUARTER = '2017/18 Q4';

describe('signing in to the dashboard in a real browser (end to end)', () => {
  let browser: Browser;
  let provider: OpenIdProvider;
  let api: ApiHarness;
  let demo: ApiHarness;
  let page: Page;

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    provider = await OpenIdProvider.start({
      clients: [{ client_id: 'saferplan', client_secret: 'browser-spec-client-secret', redirect_uris: [`${PUBLIC_URL}/auth/callback`], post_logout_redirect_uris: [`${PUBLIC_URL}/`] }],
      accounts: {},
    });
    api = await ApiHarness.start({
      loadDemo: true,
      port: PORT,
      publicUrl: PUBLIC_URL,
      authOidcIssuer: provider.issuer,
      authOidcClientId: 'saferplan',
      authOidcClientSecret: 'browser-spec-client-secret',
    });
    demo = await ApiHarness.start({ loadDemo: true });
    page = await browser.context.newPage();
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api, demo, provider), 60_000);


  it('signs a coordinator in through the identity provider, records a quarterly update, and signs out', async () => {
    const { partnerships } = await api.ok(`{ partnerships { id name plans { id priorities { actions { id title } } } } }`);
    const nw = partnerships.find((p: any) => p.name === NW);
    const iom = nw.plans[0].priorities.flatMap((p: any) => p.actions).find((a: any) => a.title.startsWith(IOM));
    // The provider's account carries the roles and partnerships claims, as Entra ID app roles would.
    provider.setAccounts({ 'sam.patel': { name: 'Sam Patel', email: 'sam.patel@nwleics.example', email_verified: true, roles: ['coordinator'], partnerships: [nw.id] } });

    await page.goto(`${PUBLIC_URL}/#/coordinator?plan=${nw.plans[0].id}&quarter=${encodeURIComponent(QUARTER)}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('region', { name: "Sign in as one of the demo's people" }).count()).toBe(0); // not beside real sign-in
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in with 127.0.0.1' }).click();

    // The provider's own login form (oidc-provider's development interaction).
    await page.locator('input[name="login"]').fill('sam.patel');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    // Back where the sign-in started, signed in.
    const form = page.locator('form', { has: page.getByRole('heading', { name: iom.title }) });
    await form.waitFor();
    await settled(page);
    expect(await page.locator('.user').textContent()).toContain('Sam Patel (coordinator)');
    await form.getByLabel('RAG status').selectOption('GREEN');
    await form.getByLabel('% complete').fill('95');
    await form.getByLabel('Narrative').fill('Browser sign-in spec: recorded through the identity provider session.');
    const save = form.getByRole('button', { name: new RegExp(`^Save (update|correction) for ${QUARTER} of `) });
    if ((await save.textContent())?.startsWith('Save correction')) await form.getByLabel('Reason for the correction').fill('Figures confirmed after sign-in');
    await save.click();
    await form.getByText(/^(Update|Correction) saved$/).waitFor();
    await screenshot(page, 'signed-in-through-provider');
    const { history } = await api.ok(`query($id: ID!) { history(id: $id) { actor actorName } }`, { id: iom.id });
    expect(history.at(-1)).toEqual({ actor: 'sam.patel', actorName: 'Sam Patel' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider asks before it ends its own session, then sends the browser back to SaferPlan.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).origin).toBe(PUBLIC_URL);
    const session = await page.evaluate(() => fetch('/auth/session').then((r) => r.json()));
    expect(session.signedIn).toBe(false);
  });

  it('signs in as one of the demo\'s people with one click, and out again', async () => {
    await page.goto(`${demo.baseUrl}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const people = page.getByRole('region', { name: "Sign in as one of the demo's people" });
    expect(await people.getByRole('button').allTextContents()).toEqual(['Sam Patel', 'Helen Ward', 'Priya Shah', 'Alex Morgan', 'Inspector Dan Hughes']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-demo-people');
    await people.getByRole('button', { name: 'Helen Ward' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress overview' }).waitFor();
    await settled(page);
    expect(await page.locator('.user').textContent()).toContain('Helen Ward (sog)');
    await page.reload(); // the session is the server's: a reload keeps it
    await page.getByRole('heading', { level: 1, name: 'Progress overview' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
