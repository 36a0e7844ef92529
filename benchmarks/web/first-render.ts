/**
 * npm run bench:web: the dashboard's size (raw and gzipped, as served) and the time to first
 * render of the overview on the demo data, in headless Chromium on this machine: from the start
 * of navigation to the headline tiles drawn with the demo's figures. The median of several loads
 * is reported; no run fails on a number (compare runs on one machine, as ratios).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mintToken } from '@saferplan/identity/tokens';
import { ApiHarness } from '../../test/support/api-harness';
import { launchBrowser, signInWithToken } from '../../test/browser/browser';

const ROOT = resolve(__dirname, '../..');
const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 7);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'apps/web/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  const assets = join(ROOT, 'dist/web/assets');
  const files = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
  const sizes = files.map((name) => {
    const body = readFileSync(join(assets, name));
    return { name, raw: statSync(join(assets, name)).size, gzip: gzipSync(body).length };
  });
  for (const s of sizes) console.log(`${s.name}: ${kb(s.raw)} (${kb(s.gzip)} gzipped)`);
  const total = sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`dashboard total: ${kb(total.raw)} (${kb(total.gzip)} gzipped)`);

  const api = await ApiHarness.start({ loadDemo: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    // Marks the moment the tiles first appear, measured from navigation start by the page itself.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.tiles .tile-figure')) {
          (window as unknown as { firstRender: number }).firstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await signInWithToken(page, api.baseUrl, mintToken(api.config.authJwtSecret!, { sub: 'bench', name: 'Bench', roles: ['sog'] }));
    const times: number[] = [];
    for (let i = 0; i < LOADS + 1; i++) {
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { firstRender?: number }).firstRender !== undefined);
      const time = await page.evaluate(() => (window as unknown as { firstRender: number }).firstRender);
      if (i > 0) times.push(time); // the first load warms the server's projections and the cache
    }
    console.log(`overview first render (demo, ${LOADS} loads): median ${Math.round(median(times))} ms, range ${Math.round(Math.min(...times))}-${Math.round(Math.max(...times))} ms`);
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
