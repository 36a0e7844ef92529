import type { Page } from 'playwright-core';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, type Browser, closeBrowserAndServer } from './browser';

/**
 * The returns tracker and the approval queue in a real browser (issue 17): the SOG sees a
 * partnership with no plan and a missing return; a coordinator approves one contributor's update
 * and returns another with a comment; axe-core finds nothing serious at 1366 px and 390 px.
 */
const NW = 'Safer North West Partnership';
const MELTON = 'Melton Community Safety Partnership';

describe('returns tracker and approval queue in a real browser (end to end)', () => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};
  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret!, claims, '12h', api.config.authTokenIssuer);
  const noSeriousFindings = async () => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  async function signIn(claims: SaferPlanClaims): Promise<void> {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${api.baseUrl}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Sign-in token').fill(token(claims));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  }

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    api = await ApiHarness.start();
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership(NW, 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.melton = await step.registerPartnership(MELTON, 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West Action Plan 2017/18');
    ids.asb = await step.addPriority(ids.plan, 'Tackling anti-social behaviour');
    ids.a1 = await step.createAction(ids.plan, ids.asb, 'Coalville joint action group');
    ids.a2 = await step.createAction(ids.plan, ids.asb, 'Ashby street drinking');
    await step.recordUpdate(ids.a1, '2017/18 Q1', 'GREEN', 25);
    await api.ok(`mutation($i: RequireUpdateApprovalInput!) { requireUpdateApproval(input: $i) { required } }`, { i: { partnershipId: ids.nwl, on: true } });
    // A contributor records only on actions they own (issue 16): they own both actions here.
    const { invitePerson } = await api.ok(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }`, {
      i: { name: 'NW contributor', email: 'nw-contrib@police.example', organisation: 'Leicestershire Police' },
    });
    for (const actionId of [ids.a1, ids.a2]) {
      await api.ok(`mutation($i: AssignActionOwnerInput!) { assignActionOwner(input: $i) { id } }`, { i: { actionId, personId: invitePerson.id } });
    }
    const contributorClaims = { sub: 'nw-contrib', name: 'NW contributor', roles: ['contributor'], partnerships: [ids.nwl], email: 'nw-contrib@police.example', email_verified: true };
    const contributor = { authorization: `Bearer ${token(contributorClaims as SaferPlanClaims)}` };
    for (const [actionId, narrative] of [[ids.a1, 'Hotspots mapped'], [ids.a2, 'Fewer reports in Ashby']]) {
      await api.ok(`mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { status } }`, {
        i: { actionId, quarter: '2017/18 Q2', rag: 'GREEN', percentComplete: 40, narrative },
      }, contributor);
    }
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api), 60_000);

  it('the SOG sees every partnership and quarter, a missing plan and missing returns in words', async () => {
    await signIn({ sub: 'sog', name: 'SOG member', roles: ['sog'] });
    await page.getByRole('link', { name: 'Returns' }).click();
    const table = page.getByRole('table', { name: 'Quarterly returns, 2017/18' });
    await table.waitFor();
    const melton = table.getByRole('row', { name: new RegExp(MELTON) });
    expect(await melton.getByRole('cell').allTextContents()).toEqual(Array(4).fill('No planNo action plan for the year'));
    const nwl = table.getByRole('row', { name: new RegExp(NW) });
    expect(await nwl.getByRole('cell').allTextContents()).toEqual([
      'Missing1 of 2 in, 1 late, 1 missing',
      'In, some late2 of 2 in, 2 late; 2 awaiting approval', // submitted updates are in, but not counted yet
      'Missing0 of 2 in, 2 missing',
      'Missing0 of 2 in, 2 missing',
    ]);
    await noSeriousFindings();
    await page.setViewportSize({ width: 390, height: 844 });
    await noSeriousFindings();
    await screenshot(page, 'returns-390');
    expect(await page.getByRole('link', { name: 'Approvals' }).count()).toBe(0);
    await page.close();
  });

  it('a coordinator approves one update and returns the other with a comment', async () => {
    await signIn({ sub: 'nw-coord', name: 'NW coordinator', roles: ['coordinator'], partnerships: [ids.nwl] });
    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.getByText('2 updates wait for approval, oldest first.').waitFor();
    await noSeriousFindings();

    await page.getByRole('article', { name: 'Coalville joint action group, 2017/18 Q2' }).getByRole('button', { name: 'Approve 2017/18 Q2 update' }).click();
    await page.getByRole('status').getByText('Approved: Coalville joint action group, 2017/18 Q2').waitFor();
    // The queue reloads after the message shows: wait for the approved update to leave it.
    await page.getByRole('article', { name: 'Coalville joint action group, 2017/18 Q2' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('article').count()).toBe(1);

    const ashby = page.getByRole('article', { name: 'Ashby street drinking, 2017/18 Q2' });
    await ashby.getByRole('button', { name: 'Return with comment' }).click();
    await ashby.locator('.field-error').waitFor();
    expect(await ashby.getByLabel('Comment for the contributor').getAttribute('aria-invalid')).toBe('true');
    await ashby.getByLabel('Comment for the contributor').fill('Say which streets');
    await ashby.getByRole('button', { name: 'Return with comment' }).click();
    await page.getByText('No updates are waiting for approval.').waitFor();

    const { action } = await api.ok(`{ action(id: "${ids.a2}") { updates { quarter status returnComment } } }`);
    expect(action.updates).toEqual([{ quarter: '2017/18 Q2', status: 'RETURNED', returnComment: 'Say which streets' }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await noSeriousFindings();
    await page.close();
  });
});
