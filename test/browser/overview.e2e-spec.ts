import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness } from '../support/api-harness';
import { buildDashboard, horizontalOverflow, launchBrowser, openPage, screenshot, seriousAccessibilityViolations, settled, signInWithToken, type Browser, closeBrowserAndServer } from './browser';

/**
 * The overview as a county board's chair uses it (issue 19): headline tiles, filters kept in the
 * link, sorting and search, CSV/XLSX downloads of a table, board pack downloads, a print view,
 * and layouts that work at 1366, 768 and 390 px with axe-core finding nothing serious.
 */
const YEAR = '2017/18';
const NW = 'Safer North West Partnership';
const README_SHOTS = resolve(__dirname, '../../docs/screenshots');
const PHONE = { width: 390, height: 844 };

interface TreeAction {
  id: string;
  title: string;
  leadAgency: string;
  leadOfficer: string | null;
  status: string;
  percentComplete: number;
  milestones: Array<{ status: string }>;
  updates: Array<{ late: boolean }>;
}
interface Row {
  partnership: { id: string; name: string; kind: string };
  priority: { id: string; title: string; statutory: boolean };
  action: TreeAction;
}

describe('overview, board pack and layout in a real browser (end to end)', () => {
  let api: ApiHarness;
  let browser: Browser;
  let page: Page;
  let rows: Row[];
  let allocations: Array<{ actionId: string; allocated: number; spent: number }>;
  let nwId: string;
  let scratch: string;

  const token = (claims: SaferPlanClaims) => mintToken(api.config.authJwtSecret!, claims);
  const chair = () => token({ sub: 'sog-chair', name: 'SOG chair', roles: ['sog'] });
  const open = (on: Page, hash: string) => openPage(on, api.baseUrl, hash);
  const actionsTable = (on: Page) => on.locator('#actions-table');
  const columnTexts = async (table: Locator, label: string) => table.locator(`tbody [data-label="${label}"]`).allTextContents();
  const tileFigure = (on: Page, title: string) => on.locator('.tile', { has: on.getByRole('heading', { name: title }) }).locator('.tile-figure');
  const hashParams = (on: Page) => new URLSearchParams(new URL(on.url()).hash.split('?')[1] ?? '');
  const saved = async (download: Download, name: string) => {
    const path = join(scratch, name);
    await download.saveAs(path);
    return path;
  };
  const noSeriousFindings = async (on: Page, where: string) => expect({ where, found: await seriousAccessibilityViolations(on) }).toEqual({ where, found: [] });

  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'saferplan-overview-'));
    api = await ApiHarness.start({ loadDemo: true });
    const admin = { authorization: `Bearer ${token({ sub: 'spec-admin', name: 'Spec admin', roles: ['admin'] })}` };
    const { partnerships, fundingSources } = await api.ok(
      `query($year: String) {
        partnerships { id name kind plans { financialYear priorities { id title statutory actions { id title leadAgency leadOfficer status percentComplete milestones { status } updates { late } } } } }
        fundingSources(financialYear: $year) { allocations { actionId allocated spent } }
      }`,
      { year: YEAR },
      admin,
    );
    rows = partnerships.flatMap((partnership: any) =>
      partnership.plans
        .filter((plan: any) => plan.financialYear === YEAR)
        .flatMap((plan: any) => plan.priorities.flatMap((priority: any) => priority.actions.map((action: TreeAction) => ({ partnership, priority, action })))),
    );
    allocations = fundingSources.flatMap((s: any) => s.allocations);
    nwId = partnerships.find((p: any) => p.name === NW).id;
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInWithToken(page, api.baseUrl, chair());
  }, 90_000);

  afterAll(() => closeBrowserAndServer(browser, api), 60_000);

  it('opens with headline tiles above the tables: actions by status, overdue milestones, late returns, spend against allocation', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    const statuses = (status: string) => rows.filter((r) => r.action.status === status).length;
    expect(await tileFigure(page, 'Actions by status').textContent()).toBe(`${rows.length} actions`);
    const counts = await page.locator('.status-counts li').allTextContents();
    expect(counts.slice(0, 5)).toEqual([
      `${statuses('ON_TRACK')} Green: on track`,
      `${statuses('AT_RISK')} Amber: at risk`,
      `${statuses('OFF_TRACK')} Red: off track`,
      `${statuses('NOT_STARTED')} Not started`,
      `${statuses('COMPLETED')} Completed`,
    ]);
    const overdue = rows.reduce((n, r) => n + r.action.milestones.filter((m) => m.status === 'OVERDUE').length, 0);
    const late = rows.reduce((n, r) => n + r.action.updates.filter((u) => u.late).length, 0);
    expect(await tileFigure(page, 'Overdue milestones').textContent()).toBe(String(overdue));
    expect(await tileFigure(page, 'Late returns').textContent()).toBe(String(late));
    const ids = new Set(rows.map((r) => r.action.id));
    const mine = allocations.filter((a) => ids.has(a.actionId));
    const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
    expect(await tileFigure(page, 'Spend against allocation').textContent()).toBe(
      `${pounds(mine.reduce((n, a) => n + a.spent, 0))} of ${pounds(mine.reduce((n, a) => n + a.allocated, 0))}`,
    );
    expect(mine.length).toBeGreaterThan(0);
    const tiles = (await page.locator('.tiles').boundingBox())!;
    const firstTable = (await page.locator('table').first().boundingBox())!;
    expect(tiles.y).toBeLessThan(firstTable.y);
  });

  it('puts the headline tiles above the partnership and priority overviews too, over their own actions', async () => {
    const nwRows = rows.filter((r) => r.partnership.id === nwId);
    await open(page, `#/partnership/${nwId}?year=${encodeURIComponent(YEAR)}`);
    await tileFigure(page, 'Actions by status').waitFor();
    expect(await tileFigure(page, 'Actions by status').textContent()).toBe(`${nwRows.length} actions`);
    const overdue = (list: Row[]) => String(list.reduce((n, r) => n + r.action.milestones.filter((m) => m.status === 'OVERDUE').length, 0));
    expect(await tileFigure(page, 'Overdue milestones').textContent()).toBe(overdue(nwRows));
    const priority = nwRows[0].priority;
    const under = nwRows.filter((r) => r.priority.id === priority.id);
    await open(page, `#/priority/${priority.id}`);
    expect(await tileFigure(page, 'Actions by status').textContent()).toBe(`${under.length} ${under.length === 1 ? 'action' : 'actions'}`);
    expect(await tileFigure(page, 'Late returns').textContent()).toBe(String(under.reduce((n, r) => n + r.action.updates.filter((u) => u.late).length, 0)));
    const tiles = (await page.locator('.tiles').boundingBox())!;
    expect(tiles.y).toBeLessThan((await page.locator('#priority-actions').boundingBox())!.y);
  });

  it('filters by partnership, priority, lead agency, owner, RAG and statutory, kept in the link so it reproduces the view', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    await page.getByLabel('Partnership', { exact: true }).selectOption({ label: NW });
    await page.waitForFunction(() => location.hash.includes('partnership='));
    const nwRows = rows.filter((r) => r.partnership.id === nwId);
    expect(await columnTexts(actionsTable(page), 'Partnership')).toEqual(nwRows.map(() => NW));
    expect(await tileFigure(page, 'Actions by status').textContent()).toBe(`${nwRows.length} actions`);
    expect(await page.getByRole('img', { name: /^RAG mix of action updates by quarter/ }).count()).toBe(1);

    const statutory = nwRows.filter((r) => r.priority.statutory);
    await page.getByLabel('Statutory').selectOption('yes');
    await page.waitForFunction(() => location.hash.includes('statutory=yes'));
    expect(await actionsTable(page).locator('tbody th[data-label="Action"]').allTextContents()).toEqual(statutory.map((r) => r.action.title));

    const lead = nwRows[0].action.leadAgency;
    await page.getByLabel('Statutory').selectOption('');
    await page.getByLabel('Lead agency').selectOption(lead);
    await page.waitForFunction((l) => new URLSearchParams(location.hash.split('?')[1]).get('lead') === l, lead);
    expect(await columnTexts(actionsTable(page), 'Lead agency')).toEqual(nwRows.filter((r) => r.action.leadAgency === lead).map(() => lead));

    const link = page.url();
    const again = await browser.context.newPage();
    await again.setViewportSize({ width: 1366, height: 900 });
    await signInWithToken(again, api.baseUrl, chair());
    await open(again, new URL(link).hash);
    expect(await again.getByLabel('Partnership', { exact: true }).inputValue()).toBe(nwId);
    expect(await again.getByLabel('Lead agency').inputValue()).toBe(lead);
    expect(await columnTexts(actionsTable(again), 'Action')).toEqual(await columnTexts(actionsTable(page), 'Action'));
    await again.close();

    const owned = rows.find((r) => r.action.leadOfficer)!;
    await open(page, `#/?year=${encodeURIComponent(YEAR)}&owner=${encodeURIComponent(owned.action.leadOfficer!)}`);
    expect(await page.getByLabel('Owner').inputValue()).toBe(owned.action.leadOfficer);
    expect(await columnTexts(actionsTable(page), 'Owner')).toEqual(rows.filter((r) => r.action.leadOfficer === owned.action.leadOfficer).map(() => owned.action.leadOfficer));

    for (const [rag, status] of [['RED', 'OFF_TRACK'], ['AMBER', 'AT_RISK'], ['GREEN', 'ON_TRACK']]) {
      await open(page, `#/?year=${encodeURIComponent(YEAR)}&rag=${rag}`);
      expect(await page.getByLabel('RAG').inputValue()).toBe(rag);
      expect((await columnTexts(actionsTable(page), 'Action')).length).toBe(rows.filter((r) => r.action.status === status).length);
    }

    const priority = nwRows[0].priority;
    await open(page, `#/?year=${encodeURIComponent(YEAR)}&partnership=${nwId}`);
    await page.getByLabel('Priority').selectOption(priority.id);
    await page.waitForFunction(() => location.hash.includes('priority='));
    expect(await columnTexts(actionsTable(page), 'Priority')).toEqual(nwRows.filter((r) => r.priority.id === priority.id).map(() => priority.title));
    expect(await page.locator('#priorities-table tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForFunction(() => !location.hash.includes('partnership='));
    // The link changes before the table is drawn again: wait for the last row, then count.
    await actionsTable(page).locator('tbody th[data-label="Action"]').nth(rows.length - 1).waitFor();
    expect((await columnTexts(actionsTable(page), 'Action')).length).toBe(rows.length);
  }, 90_000);

  it('searches the actions and sorts any column both ways, keeping the order in the link', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    const word = rows[0].action.title.split(/\s+/).find((w) => w.length > 5)!;
    await page.getByLabel('Search actions').fill(word.toUpperCase());
    await page.getByLabel('Search actions').press('Enter');
    await page.waitForFunction(() => location.hash.includes('q='));
    const found = await columnTexts(actionsTable(page), 'Action');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(rows.length);
    const expected = rows.filter((r) => [r.partnership.name, r.priority.title, r.action.title, r.action.leadAgency, r.action.leadOfficer ?? ''].join(' ').toLowerCase().includes(word.toLowerCase()));
    expect(found).toEqual(expected.map((r) => r.action.title));

    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    const header = actionsTable(page).locator('thead th', { hasText: '% complete' });
    await header.getByRole('button', { name: '% complete' }).click();
    await page.waitForFunction(() => location.hash.includes('sort=a-percent'));
    await actionsTable(page).locator('thead th[aria-sort="ascending"]', { hasText: '% complete' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = (await columnTexts(actionsTable(page), '% complete')).map((t) => Number(t.replace('%', '')));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.getByRole('button', { name: '% complete' }).click();
    await page.waitForFunction(() => location.hash.includes('dir=desc'));
    await actionsTable(page).locator('thead th[aria-sort="descending"]', { hasText: '% complete' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = (await columnTexts(actionsTable(page), '% complete')).map((t) => Number(t.replace('%', '')));
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(hashParams(page).get('sort')).toBe('a-percent');

    const priorities = page.locator('#priorities-table');
    await priorities.getByRole('button', { name: 'Priority' }).click();
    await page.waitForFunction(() => location.hash.includes('sort=p-priority'));
    const titles = await priorities.locator('tbody th[data-label="Priority"] a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true })));
  });

  it('downloads the table as shown, as CSV and as XLSX, made in the browser', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}&partnership=${nwId}&sort=a-percent&dir=desc`);
    const shownTitles = await columnTexts(actionsTable(page), 'Action');
    const shownPercent = await columnTexts(actionsTable(page), '% complete');
    const card = page.locator('.table-card', { has: actionsTable(page) });
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('actions-2017-18.csv');
    const csv = readFileSync(await saved(csvDownload, 'actions.csv'), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Action,Partnership,Priority,Lead agency,Owner,Status,% complete,Milestones overdue,Latest update');
    expect(lines).toHaveLength(shownTitles.length + 1);
    expect(lines[1].startsWith(shownTitles[0].includes(',') ? `"${shownTitles[0]}` : shownTitles[0])).toBe(true);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download XLSX' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe('actions-2017-18.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saved(xlsxDownload, 'actions.xlsx'));
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(shownTitles.length + 1);
    expect(sheet.getCell('A2').value).toBe(shownTitles[0]);
    expect(sheet.getCell('G2').value).toBe(Number(shownPercent[0].replace('%', '')));
    expect(sheet.getCell('G1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('downloads the county and a partnership board pack as PDF, HTML and XLSX', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    const pack = page.getByRole('region', { name: 'Board pack' });
    await pack.getByLabel('Quarter').selectOption(`${YEAR} Q2`);
    const [pdf] = await Promise.all([page.waitForEvent('download'), pack.getByRole('button', { name: 'Board pack (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^board-pack-.*-2017-18-q2\.pdf$/);
    const pdfPath = await saved(pdf, 'county.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await pack.getByText(/^Board pack for 2017\/18 Q2 downloaded/).waitFor();

    await open(page, `#/partnership/${nwId}?year=${encodeURIComponent(YEAR)}`);
    const nwPack = page.getByRole('region', { name: 'Board pack' });
    await nwPack.getByLabel('Quarter').selectOption(`${YEAR} Q3`);
    const [html] = await Promise.all([page.waitForEvent('download'), nwPack.getByRole('button', { name: 'Board pack (HTML)' }).click()]);
    expect(html.suggestedFilename()).toBe('board-pack-safer-north-west-partnership-2017-18-q3.html');
    expect(readFileSync(await saved(html, 'nw.html'), 'utf8')).toContain(NW);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), nwPack.getByRole('button', { name: 'Board pack (XLSX)' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(xlsx, 'nw.xlsx'));
    expect(book.worksheets.length).toBeGreaterThan(0);
  });

  it('prints the figures without the menu or controls, whole tables, one section per page', async () => {
    await open(page, `#/?year=${encodeURIComponent(YEAR)}`);
    await page.setViewportSize({ width: 718, height: 1000 }); // A4's printable width at 12 mm margins
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['header.top', '.as-of-bar', 'nav', '.filters-wrap', '.export-buttons', '.board-pack']) {
        expect({ selector, visible: await page.locator(selector).first().isVisible() }).toEqual({ selector, visible: false });
      }
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll('table')).filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((t) => t.id),
      );
      expect(cut).toEqual([]);
      const breaks = await page.evaluate(() => Array.from(document.querySelectorAll('.print-section')).map((s) => getComputedStyle(s).breakBefore));
      expect(breaks.slice(0, 2)).toEqual(['auto', 'page']);
      const pdfPath = join(scratch, 'overview-print.pdf');
      writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
      expect(text).toContain(`Actions, ${YEAR}`);
      expect(text).toContain('% complete');
      for (const control of ['Sign out', 'Download CSV', 'Filters and search', 'Quarterly updates', 'Search actions', 'As recorded on', 'Board pack (PDF)']) expect({ control, printed: text.includes(control) }).toEqual({ control, printed: false });
      expect(text.split('\f').length).toBeGreaterThan(3);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });

  it('fits a phone: compact header with a menu and as-of bar, tiles on screen, no sideways scrolling, UK date entry', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize(PHONE);
    try {
      await signInWithToken(phone, api.baseUrl, chair());
      const bar = (await phone.locator('.as-of-bar').boundingBox())!;
      expect(bar.y + bar.height).toBeLessThan(PHONE.height / 6);
      const tile = (await phone.locator('.tile').first().boundingBox())!;
      expect(tile.y + tile.height).toBeLessThan(PHONE.height);
      expect(await horizontalOverflow(phone)).toBe(0);
      const offEdge = await phone.evaluate(() => Array.from(document.querySelectorAll('select, input, button')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).map((e) => e.id || e.textContent));
      expect(offEdge).toEqual([]);

      expect(await phone.getByRole('link', { name: 'Charts' }).isVisible()).toBe(false);
      await phone.getByRole('button', { name: 'Menu' }).click();
      await phone.getByRole('link', { name: 'Charts' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Charts' }).waitFor();
      await settled(phone);
      expect(await phone.getByRole('link', { name: 'Charts' }).isVisible()).toBe(false);
      expect(await horizontalOverflow(phone)).toBe(0);

      await open(phone, '#/');
      expect(await phone.locator('input[type="date"], input[type="datetime-local"]').count()).toBe(0);
      await phone.getByRole('button', { name: 'Change moment' }).click();
      await phone.getByLabel('As recorded on').fill('31/9/2017');
      await phone.getByRole('button', { name: 'Show', exact: true }).click();
      expect(await phone.locator('#as-of-error').textContent()).toBe('Error: 31/9/2017 is not a real date: enter day/month/year, for example 4/9/2017');
      expect(await phone.getByLabel('As recorded on').getAttribute('aria-invalid')).toBe('true');
      await phone.getByLabel('As recorded on').fill('4/9/2017');
      await phone.getByLabel('at (UK time)').fill('11:00');
      await phone.getByRole('button', { name: 'Show', exact: true }).click();
      await phone.waitForFunction(() => location.hash.includes('asOf='));
      expect(hashParams(phone).get('asOf')).toBe('2017-09-04T10:00:00.000Z');
      expect(await phone.locator('.as-of-state').textContent()).toBe('Showing the record as it was at 4 Sept 2017, 11:00 UK time (read-only)');
      await settled(phone);
      expect(await phone.locator('main').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    } finally {
      await phone.close();
    }
  }, 60_000);

  it.each([
    ['desktop', { width: 1366, height: 900 }],
    ['tablet', { width: 768, height: 1024 }],
    ['phone', PHONE],
  ])('passes axe-core with nothing sideways at %s width on the overview, partnership, priority and charts pages', async (name, viewport) => {
    const on = await browser.context.newPage();
    await on.setViewportSize(viewport);
    try {
      await signInWithToken(on, api.baseUrl, chair());
      const priority = rows.find((r) => r.partnership.id === nwId)!.priority;
      const pages: Array<[string, string]> = [
        ['overview', `#/?year=${encodeURIComponent(YEAR)}`],
        ['overview-filtered', `#/?year=${encodeURIComponent(YEAR)}&partnership=${nwId}&sort=a-percent&dir=desc`],
        ['partnership', `#/partnership/${nwId}`],
        ['priority', `#/priority/${priority.id}`],
        ['charts', `#/charts?year=${encodeURIComponent(YEAR)}&partnership=${nwId}`],
      ];
      for (const [page, hash] of pages) {
        await open(on, hash);
        await noSeriousFindings(on, `${name} ${page}`);
        expect({ page, overflow: await horizontalOverflow(on) }).toEqual({ page, overflow: 0 });
        const shot = await screenshot(on, `issue-19-${page}-${name}`);
        expect(shot).toMatch(/\.png$/);
        // The README's pictures (the first screenful) are refreshed on request only, so ordinary runs leave the tree clean.
        if (page === 'overview' && name !== 'tablet' && process.env.UPDATE_README_SCREENSHOT) {
          mkdirSync(README_SHOTS, { recursive: true });
          await on.screenshot({ path: join(README_SHOTS, `overview-${viewport.width}.png`) });
        }
      }
      if (name === 'phone') {
        await open(on, '#/');
        await on.getByRole('button', { name: 'Menu' }).click();
        await on.getByRole('button', { name: /^Filters and search/ }).click();
        await on.getByRole('button', { name: 'Change moment' }).click();
        await noSeriousFindings(on, 'phone with menu, filters and as-of open');
        expect(await horizontalOverflow(on)).toBe(0);
      }
    } finally {
      await on.close();
    }
  }, 180_000);
});
