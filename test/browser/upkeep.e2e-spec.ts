import type { Locator, Page } from 'playwright-core';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, type Browser, closeBrowserAndServer } from './browser';

/**
 * Plan upkeep in the dashboard (issue 19): what was possible only in the API, done with the
 * keyboard through labelled forms with error summaries, and checked by reading the API back.
 */
const FALLBACK_SECRET = 'browser-spec-secret';

describe.each(storesUnderTest())('plan upkeep forms in a real browser (end to end) on %s', (store) => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  const name = 'Melton Community Safety Partnership (upkeep spec)';

  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret ?? FALLBACK_SECRET, claims);
  const admin = () => ({ authorization: `Bearer ${token({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] })}` });
  const form = (title: string): Locator => page.locator('form', { has: page.getByRole('heading', { name: title, exact: true }) });

  async function open(): Promise<void> {
    await page.goto(`${api.baseUrl}/#/upkeep`);
    await page.getByRole('heading', { level: 1, name: 'Plan upkeep' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
  }

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    api = await ApiHarness.start({ loadDemo: true, store });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${api.baseUrl}/#/`);
    await page.getByLabel('Sign-in token').fill(token({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress overview' }).waitFor();
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api), 60_000);

  it('registers a partnership from the keyboard, after listing both blank fields in the error summary', async () => {
    await open();
    const register = form('Register a partnership');
    await register.getByLabel('Name').focus();
    await page.keyboard.press('Enter');
    const summary = register.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.className === 'error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Name is required', 'Kind of partnership is required']);
    await register.getByLabel('Name').fill(name);
    await register.getByLabel('Kind of partnership').selectOption('COMMUNITY_SAFETY_PARTNERSHIP');
    await register.getByRole('button', { name: 'Register the partnership' }).click();
    await register.getByText('Partnership registered').waitFor();
    const { partnerships } = await api.ok(`{ partnerships { name kind } }`, {}, admin());
    expect(partnerships).toContainEqual({ name, kind: 'COMMUNITY_SAFETY_PARTNERSHIP' });
  });

  it('creates a plan, adds a priority and an action, refusing a budget in words', async () => {
    const plan = form('Create an action plan');
    await plan.getByLabel('Partnership').selectOption({ label: name });
    await plan.getByLabel('Financial year').fill('2018-19');
    await plan.getByLabel('Title').fill('Melton plan 2018/19');
    await plan.getByRole('button', { name: 'Create the plan' }).click();
    const refused = plan.locator('.error-summary');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/^There is a problemFinancial year /);
    expect(await refused.textContent()).not.toMatch(/financialYear/);
    await plan.getByLabel('Financial year').fill('2018/19');
    await plan.getByRole('button', { name: 'Create the plan' }).click();
    await plan.getByText('Plan created').waitFor();

    const priority = form('Add a priority to a plan');
    await priority.getByLabel('Action plan').selectOption({ label: `${name}: Melton plan 2018/19 (2018/19)` });
    await priority.getByLabel('Title').fill('Anti-social behaviour');
    await priority.getByLabel('A statutory priority').check();
    await priority.getByRole('button', { name: 'Add the priority' }).click();
    await priority.getByText('Priority added').waitFor();

    const action = form('Create an action');
    await action.getByLabel('Action plan').selectOption({ label: `${name}: Melton plan 2018/19 (2018/19)` });
    await action.getByLabel('Priority').selectOption({ label: `${name} 2018/19: Anti-social behaviour` });
    await action.getByLabel('Title').fill('Town centre patrols');
    await action.getByLabel('Lead agency').fill('Leicestershire Police');
    await action.getByLabel('Budget (optional)').fill('12.345');
    await action.getByRole('button', { name: 'Create the action' }).click();
    await action.locator('.error-summary').getByText('Budget must be an amount in pounds, such as 1500 or 1500.50').waitFor();
    await action.getByLabel('Budget (optional)').fill('1,500');
    await action.getByRole('button', { name: 'Create the action' }).click();
    await action.getByText('Action created').waitFor();
    const { partnerships } = await api.ok(`{ partnerships { name plans { title priorities { title statutory actions { title leadAgency budget } } } } }`, {}, admin());
    expect(partnerships.find((p: any) => p.name === name).plans).toEqual([
      { title: 'Melton plan 2018/19', priorities: [{ title: 'Anti-social behaviour', statutory: true, actions: [{ title: 'Town centre patrols', leadAgency: 'Leicestershire Police', budget: 1500 }] }] },
    ]);
  });

  it('records funding given, allocated and spent', async () => {
    const source = form('Register a funding source');
    await source.getByLabel('Funder').selectOption({ label: name });
    await source.getByLabel('Recipient').selectOption({ label: name });
    await source.getByLabel('Name').fill('Melton community safety fund');
    await source.getByLabel('Financial year').fill('2018/19');
    await source.getByLabel('Amount').fill('5000');
    await source.getByRole('button', { name: 'Register the funding' }).click();
    await source.getByText('Funding source registered').waitFor();

    const label = `Melton community safety fund (2018/19, ${name} to ${name})`;
    const allocate = form('Allocate funding to an action');
    await allocate.getByLabel('Funding source').selectOption({ label });
    await allocate.getByLabel('Action').selectOption({ label: `${name} 2018/19: Town centre patrols` });
    await allocate.getByLabel('Amount').fill('2000');
    await allocate.getByRole('button', { name: 'Allocate the funding' }).click();
    await allocate.getByText('Allocation recorded').waitFor();

    const spend = form('Record spend against an allocation');
    await spend.getByLabel('Funding source').selectOption({ label });
    await spend.getByLabel('Action').selectOption({ label: `${name} 2018/19: Town centre patrols` });
    await spend.getByLabel('Quarter').selectOption('2018/19 Q2');
    await spend.getByLabel('Amount').fill('750.50');
    await spend.getByRole('button', { name: 'Record the spend' }).click();
    await spend.getByText('Spend recorded').waitFor();
    const { fundingSources } = await api.ok(`{ fundingSources { name amount allocated spent } }`, {}, admin());
    expect(fundingSources).toContainEqual({ name: 'Melton community safety fund', amount: 5000, allocated: 2000, spent: 750.5 });
  });

  it('passes axe at 1366 px and 390 px with an error summary showing', async () => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open();
      await form('Rename a partnership').getByRole('button').click();
      await form('Rename a partnership').locator('.error-summary').waitFor();
      expect({ width, found: await seriousAccessibilityViolations(page) }).toEqual({ width, found: [] });
      await screenshot(page, `upkeep-${width}-${store}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
    }
  });
});
