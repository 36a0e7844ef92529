import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { seedLargeHistory } from '@saferplan/test-support/large-history';
import { type BenchStore, BenchData, startBenchApp } from './lib/bench-app';
import { BenchReport } from './lib/results';
import { ServerProcess } from './lib/server-process';
import { writersUnderHeavyReaders } from './workloads/heavy-readers';

/**
 * `npm run bench -- --workload w10 [--quick] [--store sqlite|postgres]`: W10 alone against the
 * built server in its own process, on a store seeded to the size of the (13,000 events
 * quick, 52,000 full); a full `npm run bench` runs it too, on the national data set.
 */
const quick = process.env.BENCH_QUICK === '1';
const stores = (process.env.BENCH_STORES ?? 'sqlite').split(',').filter(Boolean) as BenchStore[];

it(
  `W10 writers beside 16 heavy readers (${quick ? 'quick' : 'full'}: ${stores.join(', ')})`,
  async () => {
    const report = new BenchReport();
    for (const store of stores) {
      const data = BenchData.create(store);
      try {
        const seeding = await startBenchApp(data);
        let actionIds: string[];
        try {
          const seeded = await seedLargeHistory(seeding.app.get<EventStore>(EVENT_STORE), {
            partnerships: quick ? 13 : 52,
            actionsPerPartnership: 25,
            updatesPerAction: 40,
          });
          await seeding.app.get(PlanProjector).waitFor(seeded.head, 600_000);
          actionIds = seeded.actionIds;
        } finally {
          await seeding.app.close();
        }
        const server = await ServerProcess.start(data);
        try {
          await writersUnderHeavyReaders(report, store, server.url, actionIds.slice(0, 200), {
            ms: quick ? 5000 : 15_000,
            writers: 4,
            readers: 16,
            asOf: '2018-06-01T00:00:00.000Z',
          });
          report.cost('peak server RSS after W10', store, server.peakRss() / 2 ** 20, 'MB', 512);
        } finally {
          await server.stop();
        }
      } finally {
        await data.destroy();
      }
    }
    expect(report.results.length).toBe(8 * stores.length);
  },
  60 * 60 * 1000,
);
