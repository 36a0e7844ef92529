import type { Page } from 'playwright-core';
import { Reminders } from '@saferplan/api';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { reminderPeople } from '../support/reminder-people';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, type Browser } from './browser';

/** The development outbox (no SMTP_URL) in a real browser: an admin reads what reminders would have mailed. */
describe('development outbox page in a real browser (end to end)', () => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  let nwId: string;
  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret!, claims);

  async function signIn(claims: SaferPlanClaims): Promise<void> {
    await page.goto(`${api.baseUrl}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Sign-in token').fill(token(claims));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
  }

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    api = await ApiHarness.start({ smtpUrl: null, publicUrl: 'https://saferplan.example.gov.uk' });
    const steps = planningSteps(api);
    nwId = await steps.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const planId = await steps.createActionPlan(nwId, '2017/18', 'Safer North West 2017/18');
    const priorityId = await steps.addPriority(planId, 'Anti-social behaviour');
    const actionId = await steps.createAction(planId, priorityId, 'Reduce ASB in Coalville', 'NWLDC', 'Community safety officer');
    const people = reminderPeople(api);
    await people.assignOwner(actionId, await people.invite('Ann Owner', 'ann@nwleics.gov.uk'));
    await api.resolve(Reminders).send(new Date('2017-07-16T08:00:00Z'));
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
  }, 60_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await api?.stop();
    }
  }, 60_000);

  it('shows an admin each mail kept instead of sent, with its recipient and the link to the form', async () => {
    await signIn({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] });
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const mail = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await mail.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Update due in 14 days: Reduce ASB in Coalville (2017/18 Q1)']);
    expect(await mail.locator('.meta').textContent()).toContain('To ann@nwleics.gov.uk, from SaferPlan <saferplan@localhost>');
    expect(await mail.locator('pre').textContent()).toContain('https://saferplan.example.gov.uk/#/coordinator?plan=');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'outbox');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('is not in a coordinator menu, and the outbox query is refused to them', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn({ sub: 'nw-coord', name: 'NW coordinator', roles: ['coordinator'], partnerships: [nwId] });
    expect(await page.getByRole('link', { name: 'Outbox' }).count()).toBe(0);
    const refused = await api.gql('{ outbox { subject } }', {}, { authorization: `Bearer ${token({ sub: 'nw-coord', name: 'NW coordinator', roles: ['coordinator'], partnerships: [nwId] })}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
