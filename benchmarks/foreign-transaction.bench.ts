import { BenchData, startBenchApp } from './lib/bench-app';
import { generateDataset } from './lib/national-dataset';
import { BenchReport } from './lib/results';
import { writesUnderForeignTransactions } from './workloads/foreign-transaction';

/**
 * `npm run bench -- --workload w9 [--quick]`: W9 alone (PostgreSQL, in process, no build) on a
 * small data set of its own; a full `npm run bench` runs it too, on the national data set.
 */
const quick = process.env.BENCH_QUICK === '1';

it(`W9 writes while a transaction is held open elsewhere (${quick ? 'quick' : 'full'})`, async () => {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('W9 needs DATABASE_URL');
  const data = BenchData.create('postgres');
  const report = new BenchReport();
  const bench = await startBenchApp(data);
  try {
    const shape = { partnerships: 1, financialYears: ['2017/18'], prioritiesPerPlan: 1, actionsPerPriority: 8, milestonesPerAction: 1, indicatorsPerPriority: 0 };
    const { actionIds } = await generateDataset(bench, shape, 4);
    await writesUnderForeignTransactions(report, bench.writer, actionIds, connectionString, quick ? 3000 : 30_000);
  } finally {
    await bench.app.close();
    await data.destroy();
  }
  expect(report.results.length).toBe(1 + 3);
}, 10 * 60 * 1000);
