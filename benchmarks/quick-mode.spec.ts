import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BenchReport } from './lib/results';
import { runBenchmarks } from './run-benchmarks';

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
    await runBenchmarks({ quick: true, stores: ['sqlite'], report });
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
});
