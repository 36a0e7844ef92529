import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchReport } from './lib/results';
import { BENCH_PARTS, type BenchPart, runBenchmarks } from './run-benchmarks';
import type { BenchStore } from './lib/bench-app';

/**
 * `npm run bench` runs this file under jest (for the same TypeScript transform as the tests)
 * with BENCH_QUICK / BENCH_STORES set by benchmarks/run.js. Results go to
 * benchmarks/results/latest.json and docs/benchmarks.md (full runs only).
 */
const quick = process.env.BENCH_QUICK === '1';
const stores = (process.env.BENCH_STORES ?? 'sqlite').split(',').filter(Boolean) as BenchStore[];
const only = (process.env.BENCH_ONLY ?? BENCH_PARTS.join(',')).split(',').filter(Boolean) as BenchPart[];
const partial = BENCH_PARTS.some((part) => !only.includes(part));

it(`benchmarks (${quick ? 'quick' : 'full'}: ${stores.join(', ')}${partial ? `; only ${only.join(', ')}` : ''})`, async () => {
  const report = new BenchReport();
  const { events } = await runBenchmarks({ quick, stores, report, only });
  const root = join(__dirname, '..');
  // A partial run (--only) must not replace the full run's figures or page.
  report.write(
    join(root, 'benchmarks', 'results', quick ? 'quick.json' : partial ? `only-${only.join('-')}.json` : 'latest.json'),
    quick || partial ? null : join(root, 'docs', 'benchmarks.md'),
    { mode: quick ? 'quick' : 'full', events, reproduce: `npm run bench${quick ? ' -- --quick' : ''}`, notes: readFileSync(join(root, 'benchmarks', 'analysis.md'), 'utf8') },
  );
  expect(report.results.length).toBeGreaterThan(0);
}, 4 * 60 * 60 * 1000);
