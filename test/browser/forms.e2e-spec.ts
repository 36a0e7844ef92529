import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, type Browser, closeBrowserAndServer } from './browser';

/**
 * The dashboard's forms as a coordinator meets them (issue 19): the status follows a save, bad
 * input is answered in words in a focused error summary, every button says which action it
 * saves, a conflict names the person, a milestone is reached only on a confirmed date, the
 * history reads in words, and nothing shows a code name or a refusal the person cannot act on.
 */
const NW = 'Safer North West Partnership';
const FALLBACK_SECRET = 'browser-spec-secret';
const Q3 = '2017/18 Q3';
const README_SHOTS = resolve(__dirname, '../../docs/screenshots');

describe.each(storesUnderTest())('dashboard forms in a real browser (end to end) on %s', (store) => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  let nwId: string;
  let otherId: string;
  let planId: string;
  let priorityTitle: string;
  let actionId: string;
  let milestoneId: string;
  const title = 'Forms spec: night-time economy patrols in Coalville';

  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret ?? FALLBACK_SECRET, claims);
  const admin = () => ({ authorization: `Bearer ${token({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] })}` });
  const settled = () => page.waitForFunction(() => !document.querySelector('.loading'));

  async function open(hash: string): Promise<void> {
    await page.goto(`${api.baseUrl}/${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled();
  }

  async function signIn(claims: SaferPlanClaims): Promise<void> {
    await page.goto(`${api.baseUrl}/#/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByLabel('Sign-in token').fill(token(claims));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress overview' }).waitFor();
    await settled();
  }

  const updateForm = () => page.locator('form', { has: page.getByRole('heading', { name: title }) });

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    api = await ApiHarness.start({ loadDemo: true, store });
    const { partnerships } = await api.ok(`{ partnerships { id name plans { id priorities { id title } } } }`, {}, admin());
    const nw = partnerships.find((p: any) => p.name === NW);
    nwId = nw.id;
    otherId = partnerships.find((p: any) => p.name !== NW && p.plans.length > 0).id;
    planId = nw.plans[0].id;
    const priority = nw.plans[0].priorities[0];
    priorityTitle = priority.title;
    const created = await api.ok(
      `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`,
      { i: { planId, priorityId: priority.id, title, leadAgency: 'NWLDC' } },
      admin(),
    );
    actionId = created.createAction.id;
    const scheduled = await api.ok(
      `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }`,
      { i: { actionId, title: 'Patrol rota agreed', dueQuarter: '2017/18 Q2' } },
      admin(),
    );
    milestoneId = scheduled.scheduleMilestone.id;
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn({ sub: 'nw-coord', name: 'NW coordinator', roles: ['coordinator'], partnerships: [nwId] });
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api), 60_000);

  it('answers 45.5 and blanks in words in a focused error summary linked to each field, sending nothing', async () => {
    await open(`#/coordinator?plan=${planId}&quarter=${encodeURIComponent(Q3)}`);
    const form = updateForm();
    await form.getByLabel('% complete').fill('45.5');
    await form.getByLabel('% complete').press('Enter');
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('role')).toBe('alert');
    await page.waitForFunction(() => document.activeElement?.className === 'error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'RAG status is required',
      '% complete must be a whole number from 0 to 100',
      'Narrative is required',
    ]);
    expect(await form.getByLabel('RAG status').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Narrative').getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).not.toMatch(/Variable "\$|cannot represent|percentComplete/);
    await summary.getByRole('link', { name: '% complete must be a whole number from 0 to 100' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('45.5');
    const { action } = await api.ok(`query($id: ID!) { action(id: $id) { updates { quarter } } }`, { id: actionId }, admin());
    expect(action.updates).toEqual([]);
    await screenshot(page, `forms-error-summary-${store}`);
    // The README's pictures are refreshed on request only, so ordinary runs leave the tree clean.
    if (process.env.UPDATE_README_SCREENSHOT && store === 'sqlite') {
      mkdirSync(README_SHOTS, { recursive: true });
      await form.screenshot({ path: join(README_SHOTS, 'form-error-summary.png') });
    }
  });

  it('names the action in every save button, so twelve buttons are told apart', async () => {
    const names = await page.locator('form.update-row button[type=submit]').evaluateAll((buttons) =>
      buttons.map((button) => (button.textContent ?? '').trim()),
    );
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    expect(await updateForm().getByRole('button', { name: `Save update for ${Q3} of ${title}` }).count()).toBe(1);
  });

  it('shows the new status beside the action as soon as an update is saved (Amber 20%)', async () => {
    const form = updateForm();
    expect(await form.locator('.meta .chip').textContent()).toBe('Not started');
    await form.getByLabel('RAG status').selectOption('AMBER');
    await form.getByLabel('% complete').fill('20');
    await form.getByLabel('Narrative').fill('Patrols started on Friday nights.');
    await form.getByRole('button', { name: `Save update for ${Q3}` }).click();
    await form.getByText('Update saved').waitFor();
    await form.locator('.meta .chip', { hasText: 'At risk' }).waitFor();
    expect(await form.locator('.error-summary').count()).toBe(0);
  });

  it("names the person, not their login id, when someone else's change clashes", async () => {
    await api.ok(
      `mutation($i: CorrectQuarterlyUpdateInput!) { correctQuarterlyUpdate(input: $i) { quarter } }`,
      { i: { actionId, quarter: Q3, rag: 'RED', percentComplete: 10, narrative: 'Patrols paused', reason: 'Staff shortage' } },
      { authorization: `Bearer ${token({ sub: 'pat-login-7', name: 'Pat Colleague', roles: ['coordinator'], partnerships: [nwId] })}` },
    );
    const form = updateForm();
    await form.getByLabel('Narrative').fill('Patrols running again.');
    await form.getByLabel('Reason for the correction').fill('Rota restored');
    await form.getByRole('button', { name: `Save correction for ${Q3}` }).click();
    const conflict = form.locator('.notice-warning');
    await conflict.waitFor();
    await conflict.getByText(/by Pat Colleague\)/).waitFor();
    expect(await conflict.textContent()).not.toContain('pat-login-7');
    expect(await form.textContent()).not.toContain('CONFLICT');
  });

  it('asks for a reached date and a confirmation, and refuses a date before the plan\'s year in words', async () => {
    await open(`#/action/${actionId}`);
    const milestone = page.locator('.milestones li', { hasText: 'Patrol rota agreed' });
    expect(await milestone.getByLabel('Reached on', { exact: true }).inputValue()).toBe('');
    await milestone.getByRole('button', { name: 'Mark reached for Patrol rota agreed' }).click();
    const summary = milestone.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Reached on is required',
      'Confirm the date above is when "Patrol rota agreed" was reached',
    ]);
    // Dates are typed the UK way: month/day is not read as a date.
    await milestone.getByLabel('Reached on', { exact: true }).fill('12/31/2017');
    await milestone.getByRole('button', { name: 'Mark reached for Patrol rota agreed' }).click();
    await summary.getByText('12/31/2017 is not a real date: enter day/month/year, for example 4/9/2017').waitFor();
    await milestone.getByLabel('Reached on', { exact: true }).fill('4/5/2015');
    await milestone.getByLabel('I confirm the date above is when "Patrol rota agreed" was reached').check();
    await milestone.getByRole('button', { name: 'Mark reached' }).click();
    await summary.getByText("Reached on 4 May 2015 is before the plan's year 2017/18 began on 1 April 2017").waitFor();
    const { action } = await api.ok(`query($id: ID!) { action(id: $id) { milestones { id reachedOn } } }`, { id: actionId }, admin());
    expect(action.milestones.find((m: any) => m.id === milestoneId).reachedOn).toBeNull();
    await milestone.getByLabel('Reached on', { exact: true }).fill('12/7/2017');
    await milestone.getByLabel('Evidence (optional)').fill('JAG minutes, 12 July 2017');
    await milestone.getByRole('button', { name: 'Mark reached' }).click();
    await page.locator('.milestones li', { hasText: 'reached 12 July 2017' }).waitFor();
  });

  it('shows the history in words, with names, UK dates and late marks, never raw JSON or ids', async () => {
    const history = page.locator('.history-list');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Action created');
    expect(text).toContain(`Priority${priorityTitle}`);
    expect(text).toContain('MilestonePatrol rota agreed');
    expect(text).toContain('Reached on12 July 2017');
    expect(text).toContain(`Update for ${Q3} corrected`);
    expect(text).toContain('FiguresAmber: at risk, 20% complete → Red: off track, 10% complete');
    expect(text).toContain('by Pat Colleague');
    expect(await history.locator('li', { hasText: `Update for ${Q3} recorded` }).locator('.mark-late').textContent()).toBe('Late');
    expect(text).not.toContain('{"');
    expect(text).not.toContain(actionId);
    expect(text).not.toContain(milestoneId);
  });

  it('tells a coordinator what they may not do instead of showing FORBIDDEN, and edits and cancels their action', async () => {
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/FORBIDDEN|not allowed to/);
    expect(body).toContain('Verifying the audit trail is for the senior officer group, auditors and administrators.');
    await page.getByText('Change this action').click();
    await page.getByLabel('Lead agency').fill('');
    await page.getByLabel('Title', { exact: true }).fill(' ');
    await page.getByRole('button', { name: 'Save changes to the action' }).click();
    expect(await page.locator('.action-upkeep .error-summary').getByRole('link').allTextContents()).toEqual(['Title is required', 'Lead agency is required']);
    await page.getByLabel('Title', { exact: true }).fill(`${title} (weekends)`);
    await page.getByLabel('Lead agency').fill('NWLDC and Leicestershire Police');
    await page.getByRole('button', { name: 'Save changes to the action' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} (weekends)` }).waitFor();
    await settled();
    expect(await page.locator('.history-list').textContent()).toContain('Lead agencyNWLDC → NWLDC and Leicestershire Police');
    if (process.env.UPDATE_README_SCREENSHOT && store === 'sqlite') {
      await page.locator('.history-list').screenshot({ path: join(README_SHOTS, 'action-history.png') });
    }

    for (const [width, name] of [[1366, 'wide'], [390, 'phone']] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByText('Change this action').waitFor();
      expect({ width, found: await seriousAccessibilityViolations(page) }).toEqual({ width, found: [] });
      await screenshot(page, `forms-action-${name}-${store}`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByLabel('What happened').selectOption('cancel');
    await page.getByRole('button', { name: 'Cancel the action' }).click();
    await page.locator('.action-upkeep .error-summary').getByText('Reason is required').waitFor();
    await page.getByLabel('Reason for cancelling').fill('Merged into the county night-time economy plan');
    await page.getByRole('button', { name: 'Cancel the action' }).click();
    await page.locator('.action-facts', { hasText: 'Cancelled' }).waitFor();
  });

  it("says a coordinator has no access to another partnership's plans rather than that there are none", async () => {
    await open(`#/partnership/${otherId}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('No action plans recorded');
    expect(text).toContain('You do not have access to this partnership’s action plans');
  });

  it('passes axe on the quarterly update forms with an error summary showing, at 1366 px and 390 px', async () => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open(`#/coordinator?plan=${planId}&quarter=${encodeURIComponent('2017/18 Q4')}`);
      await page.locator('form.update-row').first().getByRole('button').click();
      await page.locator('form.update-row .error-summary').first().waitFor();
      expect({ width, found: await seriousAccessibilityViolations(page) }).toEqual({ width, found: [] });
    }
  });

  it('answers a token that is not one in an error summary that takes focus, on the sign-in form too', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${api.baseUrl}/#/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByLabel('Sign-in token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.className === 'error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['This is not a sign-in token: a token has three parts separated by dots.']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
