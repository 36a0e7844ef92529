import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchReport } from './lib/results';
import { runBenchmarks } from './run-benchmarks';
import type { BenchStore } from './lib/bench-app';

/**
 * `npm run bench` runs this file under jest (for the same TypeScript transform as the tests)
 * with BENCH_QUICK / BENCH_STORES set by benchmarks/run.js. Results go to
 * benchmarks/results/latest.json and docs/benchmarks.md (full runs only).
 */
const quick = process.env.BENCH_QUICK === '1';
const stores = (process.env.BENCH_STORES ?? 'sqlite').split(',').filter(Boolean) as BenchStore[];

it(`benchmarks (${quick ? 'quick' : 'full'}: ${stores.join(', ')})`, async () => {
  const report = new BenchReport();
  const { events } = await runBenchmarks({ quick, stores, report });
  const root = join(__dirname, '..');
  report.write(
    join(root, 'benchmarks', 'results', quick ? 'quick.json' : 'latest.json'),
    quick ? null : join(root, 'docs', 'benchmarks.md'),
    { mode: quick ? 'quick' : 'full', events, reproduce: `npm run bench${quick ? ' -- --quick' : ''}`, notes: readFileSync(join(root, 'benchmarks', 'analysis.md'), 'utf8') },
  );
  expect(report.results.length).toBeGreaterThan(0);
}, 4 * 60 * 60 * 1000);
