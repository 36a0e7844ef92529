import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { buildDashboard, launchBrowser, screenshot, seriousAccessibilityViolations, signInWithToken, type Browser } from './browser';

/**
 * The import screen in a real browser: a coordinator checks files (nothing written), sees each
 * problem and warning against the file's rows with an error summary, then imports; axe-core
 * finds nothing serious at desktop and phone widths.
 */
const FIXTURES = join(__dirname, '../fixtures/plan-import');
const NW = 'Safer North West Partnership';
const FUND = "PCC's Partnership Locality Fund";

describe('plan import screen in a real browser (end to end)', () => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  let nwId: string;
  let planId: string;
  let scratch: string;

  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret!, claims);
  const admin = () => ({
    authorization: `Bearer ${token({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] })}`,
  });
  const actionCount = async () =>
    (
      await api.ok(`{ actionPlan(id: "${planId}") { priorities { actions { id } } } }`, {}, admin())
    ).actionPlan.priorities.flatMap((p: { actions: unknown[] }) => p.actions).length;
  const noSeriousFindings = async () => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  async function check(fileName: string, path = join(FIXTURES, fileName)): Promise<void> {
    await page.getByLabel('Financial year').fill('2017/18');
    await page.getByLabel('Plan file', { exact: true }).setInputFiles(path);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { level: 2, name: /^The file can/ }).waitFor();
  }

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'saferplan-import-browser-'));
    api = await ApiHarness.start();
    const steps = planningSteps(api);
    const pcc = await steps.registerPartnership(
      'Office of the Police and Crime Commissioner for Leicestershire',
      'POLICE_AND_CRIME_COMMISSIONER',
    );
    nwId = await steps.registerPartnership(NW, 'COMMUNITY_SAFETY_PARTNERSHIP');
    await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
      i: {
        name: FUND,
        funderPartnershipId: pcc,
        recipientPartnershipId: nwId,
        financialYear: '2017/18',
        amount: 34500,
      },
    });
    const imported = await api.ok(
      `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) { planId written } }`,
      {
        i: {
          partnershipId: nwId,
          financialYear: '2017/18',
          fileName: 'plain.csv',
          contentBase64: readFileSync(join(FIXTURES, 'plain.csv')).toString('base64'),
          dryRun: false,
        },
      },
    );
    planId = imported.importActionPlan.planId;
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInWithToken(page, api.baseUrl, token({ sub: 'nw-coord', name: 'NW coordinator', roles: ['coordinator'], partnerships: [nwId] }));
    await page.getByRole('link', { name: 'Import a plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import an action plan' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await api?.stop();
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  it('offers the partnerships the coordinator may write to, and says when no file is chosen', async () => {
    // The choices arrive with the partnerships query: wait for them rather than race it.
    await page.getByLabel('Partnership').locator('option', { hasText: NW }).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Partnership').locator('option').allTextContents()).toEqual([NW]);
    await noSeriousFindings();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Choose the plan file: an .xlsx workbook or a .csv file',
    ]);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    expect(await page.getByLabel('Plan file', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await noSeriousFindings();
  });

  it("shows a bad file's problems against its rows, links to each, and offers no Import", async () => {
    const bad = join(scratch, 'nwl-bad.csv');
    writeFileSync(
      bad,
      [
        'Priority,Action,Lead agency,Milestones',
        'Tackle ASB,Coalville JAG,,Profile agreed|Spring 2017',
        'Tackle ASB,Extra CCTV,NWLDC,Installed|Q3 2017/18',
        '',
      ].join('\r\n'),
    );
    await check('nwl-bad.csv', bad);
    expect(await page.getByRole('heading', { level: 2, name: 'The file cannot be imported yet' }).count()).toBe(1);
    const summary = page.locator('.error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Row 2, column C: Lead agency is required',
      'Row 2, column D: milestone 1 ("Profile agreed|Spring 2017"): the due quarter must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)',
    ]);
    const rows = page.getByRole('table', { name: /^What the check found in nwl-bad\.csv/ }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().locator('th, td').allTextContents()).toEqual([
      'nwl-bad.csv',
      'Row 2',
      'C: Lead agency',
      'Problem: must be fixed',
      'Lead agency is required',
    ]);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Row 2');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await noSeriousFindings();
    await screenshot(page, 'import-problems');
    expect(await actionCount()).toBe(3);
  });

  it('shows warnings against their rows at desktop and phone widths, then imports on "Import"', async () => {
    await check('warnings.csv');
    expect(await page.getByRole('heading', { level: 2, name: 'The file can be imported' }).count()).toBe(1);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.getByText('3 warnings to check: they do not stop the import.').count()).toBe(1);
    const rows = page.getByRole('table', { name: /^What the check found in warnings\.csv/ }).locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent)))).toEqual([
      [
        'warnings.csv',
        'Row 2',
        'C: Action',
        'Warning: check it',
        'the plan already has the action "Coalville Joint Action Group" under this priority: importing adds it again',
      ],
      [
        'warnings.csv',
        'Row 3',
        'G: Funding source',
        'Warning: check it',
        `"PCC Locality Fund" matches no funding source recorded for this partnership in 2017/18 (recorded: "${FUND}"): the action keeps the name, and no money is allocated`,
      ],
      [
        'warnings.csv',
        'Row 5',
        'C: Action',
        'Warning: check it',
        'row 4 already has the action "Housing advice for offenders on release" under this priority: importing adds it twice',
      ],
    ]);
    expect(
      await page
        .getByText('4 rows read. Importing records 0 priorities, 4 actions, 0 milestones, 0 funding allocations.')
        .count(),
    ).toBe(1);
    await noSeriousFindings();
    await screenshot(page, 'import-warnings-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await noSeriousFindings();
    await screenshot(page, 'import-warnings-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await actionCount()).toBe(3); // checking wrote nothing

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Imported into' });
    await done.waitFor();
    expect(await done.locator('p').first().textContent()).toBe(
      `Imported into ${NW}’s plan for 2017/18: 0 priorities, 4 actions, 0 milestones, 0 funding allocations.`,
    );
    expect(await actionCount()).toBe(7);
    await noSeriousFindings();
  });
});
