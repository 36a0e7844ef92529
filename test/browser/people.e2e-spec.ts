import type { Page } from 'playwright-core';
import { financialYearContaining, quartersOf, ukDate } from '@saferplan/domain';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { OpenIdProvider } from '../support/openid-provider';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, type Browser, closeBrowserAndServer } from './browser';

/**
 * People in a real browser (issue 16): a police officer recorded as a contributor signs in
 * through a real OpenID Provider (his token carries no SaferPlan role: it is granted here),
 * records an update on the action he owns, is refused on another's, and signs out; an
 * administrator's people screens and "My actions" pass axe at desktop and phone widths.
 */
const PORT = 41012; // fixed: the redirect URI is registered at the provider before SaferPlan starts
const PUBLIC_URL = `http://127.0.0.1:${PORT}`;
const WIDTHS = [1366, 390];

describe('people and contributors in a real browser (end to end)', () => {
  let browser: Browser;
  let provider: OpenIdProvider;
  let api: ApiHarness;
  let demo: ApiHarness;
  let page: Page;
  const ids: Record<string, string> = {};
  // The current financial year, so the owned action always owes an update today.
  const year = financialYearContaining(ukDate(new Date()));

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    provider = await OpenIdProvider.start({
      clients: [{ client_id: 'saferplan', client_secret: 'people-spec-client-secret', redirect_uris: [`${PUBLIC_URL}/auth/callback`], post_logout_redirect_uris: [`${PUBLIC_URL}/`] }],
      accounts: { 'dan.hughes': { name: 'Inspector Dan Hughes', email: 'Dan.Hughes@police.example', email_verified: true } },
    });
    api = await ApiHarness.start({ port: PORT, publicUrl: PUBLIC_URL, authOidcIssuer: provider.issuer, authOidcClientId: 'saferplan', authOidcClientSecret: 'people-spec-client-secret' });
    demo = await ApiHarness.start({ loadDemo: true });
    page = await browser.context.newPage();

    // The administrator's set-up, over the API: a plan, two actions, the officer and his role.
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, year, `Safer North West ${year}`);
    ids.priority = await step.addPriority(ids.plan, 'Anti-social behaviour');
    ids.patrols = await step.createAction(ids.plan, ids.priority, 'Coalville joint patrols', 'Leicestershire Police', 'Neighbourhood Inspector');
    ids.cctv = await step.createAction(ids.plan, ids.priority, 'Town centre CCTV review', 'NWLDC', 'CCTV manager');
    const invited = await api.ok(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }`, { i: { name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } });
    ids.dan = invited.invitePerson.id;
    await api.ok(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, { i: { personId: ids.dan, role: 'contributor', partnershipId: ids.nwl } });
    await api.ok(`mutation($i: AssignActionOwnerInput!) { assignActionOwner(input: $i) { id } }`, { i: { actionId: ids.patrols, personId: ids.dan } });
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api, demo, provider), 60_000);

  const settled = (on: Page) => on.waitForFunction(() => !document.querySelector('.loading'));

  async function accessibleAtEveryWidth(on: Page, name: string): Promise<void> {
    for (const width of WIDTHS) {
      await on.setViewportSize({ width, height: 900 });
      expect([name, width, await seriousAccessibilityViolations(on)]).toEqual([name, width, []]);
      await screenshot(on, `${name}-${width}`);
    }
    await on.setViewportSize({ width: 1280, height: 900 });
  }

  it('signs a contributor in through the identity provider, records on his action, is refused on another\'s, and signs out', async () => {
    await page.goto(`${PUBLIC_URL}/#/my-actions`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Sign in with 127.0.0.1' }).click();
    await page.locator('input[name="login"]').fill('dan.hughes');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await page.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await settled(page);
    expect(await page.locator('.user').textContent()).toContain('Inspector Dan Hughes (contributor)');
    const card = page.getByRole('article', { name: 'Coalville joint patrols' });
    await card.waitFor();
    expect(await page.getByRole('article').count()).toBe(1); // the CCTV review is not his
    await accessibleAtEveryWidth(page, 'my-actions-contributor');

    const quarter = quartersOf(year)[0];
    const form = card.getByRole('form', { name: `Quarterly update for ${quarter}: Coalville joint patrols` });
    await form.getByRole('button', { name: `Record the ${quarter} update` }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor(); // nothing chosen yet: the summary names it
    // Focus moves in an effect after the summary is drawn: wait for it rather than race it.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await form.getByLabel('RAG status').selectOption('GREEN');
    await form.getByLabel('% complete').fill('30');
    await form.getByLabel('Narrative').fill('Patrols running weekly with the district council wardens.');
    await form.getByRole('button', { name: `Record the ${quarter} update` }).click();
    await page.getByText(`Update for ${quarter} recorded`).waitFor();
    const { action } = await api.ok(`query($id: ID!) { action(id: $id) { updates { quarter recordedBy } } }`, { id: ids.patrols });
    expect(action.updates).toEqual([{ quarter, recordedBy: 'dan.hughes' }]);

    // The CCTV review is someone else's: the server refuses it in words, whatever the page offers.
    const refused = await page.evaluate(async ({ actionId, quarter }) => {
      const { csrfToken } = await fetch('/auth/session').then((r) => r.json());
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          query: 'mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }',
          variables: { i: { actionId, quarter, rag: 'RED', percentComplete: 5, narrative: 'Not mine to write' } },
        }),
      });
      return (await response.json()).errors?.map((e: any) => [e.extensions?.code, e.message]);
    }, { actionId: ids.cctv, quarter });
    expect(refused).toEqual([['FORBIDDEN', 'recordQuarterlyUpdate: a contributor may record progress only on actions they own, and this action is not yours']]);
    const cctv = await api.ok(`query($id: ID!) { action(id: $id) { updates { quarter } } }`, { id: ids.cctv });
    expect(cctv.action.updates).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const session = await page.evaluate(() => fetch('/auth/session').then((r) => r.json()));
    expect(session.signedIn).toBe(false);
  });

  it('tells someone signed in with no role whom to ask', async () => {
    provider.setAccounts({ 'new.officer': { name: 'New Officer', email: 'new.officer@fire.example', email_verified: true } });
    await api.ok(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }`, { i: { name: 'Alex Morgan', email: 'alex.morgan@leics.example', organisation: 'Leicestershire County Council' } }).then(({ invitePerson }) =>
      api.ok(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, { i: { personId: invitePerson.id, role: 'admin' } }),
    );
    await page.goto(`${PUBLIC_URL}/#/`);
    await page.getByRole('button', { name: 'Sign in with 127.0.0.1' }).click();
    await page.locator('input[name="login"]').fill('new.officer');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'You have no role in SaferPlan yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'alex.morgan@leics.example' }).getAttribute('href')).toBe('mailto:alex.morgan@leics.example');
    await accessibleAtEveryWidth(page, 'no-role');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('lets an administrator invite people and grant roles from the keyboard, and assign an owner', async () => {
    const admin = await browser.context.newPage();
    await admin.goto(`${demo.baseUrl}/#/people`);
    await admin.getByRole('region', { name: "Sign in as one of the demo's people" }).getByRole('button', { name: 'Alex Morgan' }).click();
    await admin.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();
    await settled(admin);
    await admin.getByRole('rowheader', { name: 'Inspector Dan Hughes' }).waitFor();
    await accessibleAtEveryWidth(admin, 'people');

    const invite = admin.getByRole('form', { name: 'Invite a person' });
    await invite.getByLabel('Name').fill('Station Manager Jo Reid');
    await invite.getByLabel('Email').fill('jo.reid at fire');
    await invite.getByLabel('Organisation').fill('Leicestershire Fire and Rescue Service');
    await invite.getByLabel('Organisation').press('Enter');
    const summary = admin.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await admin.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await summary.getByRole('link', { name: /is not an email address/ }).click();
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe('invite-email');
    await accessibleAtEveryWidth(admin, 'people-invite-error');
    await invite.getByLabel('Email').fill('Jo.Reid@Fire.example');
    await invite.getByLabel('Email').press('Enter');
    await admin.getByText('Station Manager Jo Reid invited').waitFor();
    await admin.getByRole('rowheader', { name: 'Station Manager Jo Reid' }).waitFor();

    const roles = admin.getByRole('form', { name: 'Grant or revoke a role' });
    await roles.getByLabel('Person').selectOption({ label: 'Station Manager Jo Reid (jo.reid@fire.example)' });
    await roles.getByLabel('Role').selectOption('contributor');
    await roles.getByLabel('Partnership').selectOption({ label: 'Safer North West Partnership' });
    await roles.getByRole('button', { name: 'Grant role' }).click();
    await admin.getByText('contributor granted to Station Manager Jo Reid').waitFor();
    await roles.getByRole('button', { name: 'Grant role' }).click(); // twice: a conflict, in words
    await admin.getByRole('alert').filter({ hasText: 'is already contributor of partnership' }).waitFor();
    await roles.getByRole('button', { name: 'Revoke role' }).click();
    await admin.getByText('contributor revoked from Station Manager Jo Reid').waitFor();

    // Owner on the action page: the admin gives an open demo action to Jo.
    const { partnerships } = await demo.ok(`{ partnerships { name plans { priorities { actions { id title status } } } } }`);
    const nw = partnerships.find((p: any) => p.name === 'Safer North West Partnership');
    const open = nw.plans[0].priorities.flatMap((p: any) => p.actions).find((a: any) => a.status !== 'COMPLETED' && a.status !== 'CANCELLED');
    await admin.goto(`${demo.baseUrl}/#/action/${open.id}`);
    const owner = admin.getByRole('form', { name: 'Assign an owner' });
    await owner.getByLabel('Person who owns this action').selectOption({ label: 'Station Manager Jo Reid, Leicestershire Fire and Rescue Service' });
    await owner.getByRole('button', { name: 'Assign owner' }).click();
    await admin.getByText('Station Manager Jo Reid now owns this action').waitFor();
    await accessibleAtEveryWidth(admin, 'action-owner');
    await admin.getByRole('button', { name: 'Sign out' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await admin.close();
  });

  it('signs in as the demo\'s police lead officer with one click and lists the actions he owns', async () => {
    const police = await browser.context.newPage();
    await police.goto(`${demo.baseUrl}/#/my-actions`);
    // The demo server may still be answering its first requests on a busy machine.
    await police.getByRole('region', { name: "Sign in as one of the demo's people" }).getByRole('button', { name: 'Inspector Dan Hughes' }).click({ timeout: 30_000 });
    await police.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await settled(police);
    expect(await police.getByRole('article').allTextContents()).toEqual([
      expect.stringContaining('Coalville Joint Action Group'),
      expect.stringContaining('Cybercrime awareness for local businesses'),
    ]);
    await accessibleAtEveryWidth(police, 'my-actions-demo-police');
    await police.close();
  });
});
