import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's chromium driven by playwright-core, for the dashboard's browser specs. CI installs
 * chromium (.ci/run); when it is missing the spec fails with this message rather than skipping.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (.ci/run does this), or set CHROMIUM_PATH.`);
  }
}

/** Builds dist/web exactly as `npm run build:web` does, so the server under test serves it. */
export function buildDashboard(): void {
  execFileSync(process.execPath, [join(ROOT, 'apps/web/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** After a spec file: the browser first, then the servers it drove, even when closing the browser fails. */
export async function closeBrowserAndServer(browser: Browser | undefined, ...servers: Array<{ stop(): Promise<unknown> } | undefined>): Promise<void> {
  try {
    await browser?.close();
  } finally {
    for (const server of servers) await server?.stop();
  }
}

/** One chromium per spec file, with a fresh profile that is thrown away afterwards. */
export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'saferplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Fail a step in seconds, well inside jest's 30 s per test, so a broken page reports what it waited for.
  context.setDefaultTimeout(10_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.x A/AA rules on the page as it stands; returns serious and critical findings. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until no part of the page still says it is loading. */
export function settled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Opens a dashboard route ("#/priority/…") and waits for its heading and its data. */
export async function openPage(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settled(page);
}

/**
 * Signs in by pasting a bearer token on the sign-in page (this tab only), forgetting any earlier
 * one, and waits for the page the dashboard lands on (the overview unless told otherwise).
 */
export async function signInWithToken(page: Page, baseUrl: string, bearer: string, landing = 'Progress overview'): Promise<void> {
  await page.goto(`${baseUrl}/#/`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Sign-in token').fill(bearer);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: landing }).waitFor();
  await settled(page);
}

/** How far the page scrolls sideways: 0 when everything fits the viewport's width. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
