import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BenchReport } from './lib/results';
import { runBenchmarks } from './run-benchmarks';
import type { BenchStore } from './lib/bench-app';

/**
 * CI runs the benchmarks' quick mode as part of `npm test`: every workload must run end to end
 * and report a finite figure. No speed is asserted here; `npm run bench` measures speed.
 */
describe('benchmarks, quick mode', () => {
  beforeAll(() => {
    // The HTTP workloads run the built server in its own process, as deployed.
    execFileSync(process.execPath, [join(__dirname, '..', 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', 'api'], { stdio: 'ignore' });
  }, 120_000);

  it('runs W0-W8 on the embedded store and reports every figure', async () => {
    const report = new BenchReport();
    await runBenchmarks({ quick: true, stores: ['sqlite'], report, only: ['workloads'] });
    const names = report.results.map((result) => result.name);
    for (const workload of ['W0', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8']) {
      expect(names.some((name) => name.startsWith(workload))).toBe(true);
    }
    for (const result of report.results) {
      expect(Number.isFinite(result.value)).toBe(true);
      expect(result.store).toBe('sqlite');
    }
    // Correctness parts of the workloads do have exact answers.
    expect(report.results.find((r) => r.name === 'W2 acknowledged writes missing')!.value).toBe(0);
    expect(report.results.find((r) => r.name === 'W2 unexplained errors (not CONFLICT)')!.value).toBe(0);
    expect(report.results.find((r) => r.name.startsWith('W5 full rebuild'))!.name).toContain('identical: true');
  }, 180_000);

  it('starts the peers, which answer, and reports each beside ours', async () => {
    const report = new BenchReport();
    const stores: BenchStore[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
    await runBenchmarks({ quick: true, stores, report, only: ['peers'] });
    const byName = (name: string, store: string) => report.results.find((r) => r.name.startsWith(name) && r.store === store);
    // Each peer server answered its query (a wrong answer fails the run) at a real rate and cost.
    for (const peer of ['node:http', 'Fastify', 'NestJS + Mercurius']) {
      expect(byName(`Peers: ${peer} {`, '–')!.value).toBeGreaterThan(0);
      expect(byName(`Peers: ${peer} server CPU`, '–')!.value).toBeGreaterThan(0);
    }
    expect(byName('Peers: ours { __typename } with a token vs bare', 'sqlite')!.target).toBe('>= 0.85x');
    expect(byName('Peers: ours refused', 'sqlite')!.target).toBe('>= 1x');
    for (const store of stores) {
      expect(byName('Peers: ours appends (one event each) vs raw', store)!.ratio).toBeGreaterThan(0);
      expect(byName('Peers: ours appends vs Emmett', store)!.target).toBe(store === 'sqlite' ? '>= 10x' : '>= 2x');
      // Emmett's aborted rounds are counted and shown, whatever their number.
      expect(byName('Peers: Emmett rounds aborted', store)).toBeDefined();
    }
    for (const result of report.results) expect(Number.isFinite(result.value)).toBe(true);
  }, 240_000);
});
