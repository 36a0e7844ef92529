import { BenchData, type BenchStore, startBenchApp } from './lib/bench-app';
import { generateDataset, NATIONAL, QUICK } from './lib/national-dataset';
import { median, processCpuNs } from './lib/process-cpu';
import { BenchReport } from './lib/results';
import { ServerProcess } from './lib/server-process';
import { nowMs } from './lib/measure';

/**
 * `npm run bench -- --workload w6 [--quick] [--store sqlite|postgres]`: W6 alone. Builds the
 * data set through the command path (national: 966,760 events; quick: a few hundred), then starts
 * the built server in its own process `rounds` times on it, each to its first answer, taking
 * turns with the same server on an empty store (the framework's own start: the floor). Reports
 * medians of wall time and of the server's CPU time to its first answer (steadier on a shared
 * machine), and the data set's share of that CPU: data set minus empty store.
 */
const quick = process.env.BENCH_QUICK === '1';
const stores = (process.env.BENCH_STORES ?? 'sqlite').split(',').filter(Boolean) as BenchStore[];
const rounds = quick ? 3 : 5;

it(
  `W6 cold start to first answer (${quick ? 'quick' : 'national'}: ${stores.join(', ')})`,
  async () => {
    const report = new BenchReport();
    for (const store of stores) {
      const data = BenchData.create(store);
      const empty = BenchData.create(store);
      try {
        const seeding = await startBenchApp(data);
        let events: number;
        try {
          events = (await generateDataset(seeding, quick ? QUICK : NATIONAL)).events;
        } finally {
          await seeding.app.close();
        }
        const loaded: Start[] = [];
        const floor: Start[] = [];
        for (let round = 0; round < rounds; round++) {
          loaded.push(await coldStart(data));
          floor.push(await coldStart(empty));
        }
        const cpu = median(loaded.map((s) => s.cpuMs));
        const floorCpu = median(floor.map((s) => s.cpuMs));
        report.cost(`W6 cold start to first answer (${events} events)`, store, median(loaded.map((s) => s.ms)), 'ms', 2000);
        report.cost('W6 server CPU to first answer', store, cpu, 'ms', null);
        report.cost('W6 cold start on an empty store (the floor)', store, median(floor.map((s) => s.ms)), 'ms', null);
        report.cost('W6 server CPU to first answer, empty store', store, floorCpu, 'ms', null);
        report.cost("W6 the data set's share of that CPU (data set - empty)", store, cpu - floorCpu, 'ms', null);
      } finally {
        await data.destroy();
        await empty.destroy();
      }
    }
    expect(report.results.length).toBe(5 * stores.length);
  },
  4 * 60 * 60 * 1000,
);

interface Start {
  ms: number;
  cpuMs: number;
}

async function coldStart(data: BenchData): Promise<Start> {
  const started = nowMs();
  const server = await ServerProcess.start(data);
  try {
    return { ms: nowMs() - started, cpuMs: processCpuNs(server.pid) / 1e6 };
  } finally {
    await server.stop();
  }
}
