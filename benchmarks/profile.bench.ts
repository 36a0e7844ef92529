import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store';
import { PlanProjector, type ReadModelStore } from '@saferplan/projections';
import { BenchData, type BenchStore, startBenchApp } from './lib/bench-app';
import { type CpuProfile, startCpuProfile, summariseCpuProfile, timeCalls } from './lib/cpu-profile';
import { nowMs, ratePerSecond } from './lib/measure';
import { type DatasetShape, generateDataset, QUICK } from './lib/national-dataset';
import { ServerProcess } from './lib/server-process';
import { singleWriterCommands } from './workloads/command-path';
import { concurrentWriters, queryLoad } from './workloads/graphql-load';
import { rawPostgresInserts, rawScan, rawSqliteCommits } from './workloads/raw-baselines';

/**
 * `npm run bench -- --profile w1|w2|w5 [--store sqlite|postgres]`: where the time of one workload
 * goes, on a data set small enough to build in a minute. Prints the workload's rate beside its raw
 * baseline, the wall time of each step (store reads and appends, the read-model wait and save),
 * and V8's CPU profile as self time per package or module. The .cpuprofile files go to
 * benchmarks/tmp/profiles/ (open them in Chrome DevTools). benchmarks/analysis.md quotes them.
 */
const workload = process.env.BENCH_PROFILE ?? 'w1';
const store = (process.env.BENCH_STORES ?? 'sqlite').split(',')[0] as BenchStore;
const profiles = join(__dirname, 'tmp', 'profiles');
const SHAPE: DatasetShape = { ...QUICK, partnerships: 40, financialYears: ['2017/18', '2018/19'] };

it(`profile of ${workload} on ${store}`, async () => {
  mkdirSync(profiles, { recursive: true });
  const data = BenchData.create(store);
  try {
    const lines = await PROFILES[workload](data);
    console.log([`${workload} on ${store}`, ...lines].join('\n'));
  } finally {
    await data.destroy();
  }
}, 30 * 60 * 1000);

const PROFILES: Record<string, (data: BenchData) => Promise<string[]>> = {
  /** One writer through the command path, in process. */
  async w1(data) {
    const raw = data.store === 'sqlite' ? rawSqliteCommits(data.dataDir, 1000, 1) : await rawPostgresInserts(process.env.DATABASE_URL!, data.schema!, 1000, 1);
    const app = await startBenchApp(data);
    try {
      const { actionIds } = await generateDataset(app, SHAPE);
      const writes = actionIds.slice(-200);
      await singleWriterCommands(app.writer, writes, 300); // warm-up
      const steps = stepTimers(app.app.get<EventStore>(EVENT_STORE), app.app.get(PlanProjector));
      const stop = await startCpuProfile();
      const commands = 2000;
      const rate = await singleWriterCommands(app.writer, writes, commands);
      return [
        `commands/s ${rate.toFixed(0)}, raw one-row commits/s ${raw.toFixed(0)}, ratio ${(rate / raw).toFixed(2)}`,
        ...perCommand(steps(), commands),
        ...summary(await stop(), 'w1'),
      ];
    } finally {
      await app.app.close();
    }
  },

  /** 32 writers over HTTP against the built server in its own process, profiled with --cpu-prof. */
  async w2(data) {
    const app = await startBenchApp(data);
    let actionIds: string[];
    try {
      ({ actionIds } = await generateDataset(app, SHAPE));
    } finally {
      await app.app.close();
    }
    const dir = join(profiles, `w2-${data.store}-server`);
    rmSync(dir, { recursive: true, force: true });
    const server = await ServerProcess.start(data, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    let lines: string[];
    try {
      const trivial = await queryLoad(server.url, '{ __typename }', undefined, 32, 10_000);
      const started = nowMs();
      const writers = await concurrentWriters(server.url, actionIds.slice(0, 64), 32, 3000);
      lines = [
        `mutations/s ${writers.rate.toFixed(0)}, trivial queries/s ${trivial.rate.toFixed(0)}, ratio ${(writers.rate / trivial.rate).toFixed(2)} (${(nowMs() - started).toFixed(0)} ms, ${writers.conflictsReported} conflicts)`,
        'server profile (start-up, the trivial queries and the writers):',
      ];
    } finally {
      await server.stop(); // the server writes its profile as it exits
    }
    const [file] = readdirSync(dir);
    return [...lines, ...summariseCpuProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, 25)];
  },

  /** A full projection rebuild against a raw scan and parse of the same events. */
  async w5(data) {
    const app = await startBenchApp(data);
    try {
      await generateDataset(app, SHAPE);
      const projector = app.app.get(PlanProjector);
      await projector.flush();
      const scan = await rawScan(data.store, { dataDir: data.dataDir, connectionString: process.env.DATABASE_URL, schema: data.schema ?? undefined });
      const steps = stepTimers(app.app.get<EventStore>(EVENT_STORE), projector);
      const stop = await startCpuProfile();
      const started = nowMs();
      const rebuilt = await projector.rebuild();
      const ms = nowMs() - started;
      return [
        `rebuild of ${rebuilt.eventsApplied} events ${ms.toFixed(0)} ms (identical: ${rebuilt.identical}), raw scan ${scan.ms.toFixed(0)} ms, ratio ${(scan.ms / ms).toFixed(2)}; ${ratePerSecond(rebuilt.eventsApplied, ms).toFixed(0)} events/s`,
        ...steps().map(([step, total]) => `  ${step}: ${total.toFixed(0)} ms`),
        ...summary(await stop(), 'w5'),
      ];
    } finally {
      await app.app.close();
    }
  },
};

/** Wall time so far of the store's reads and appends and of the read model's wait and save. */
function stepTimers(events: EventStore, projector: PlanProjector): () => [string, number][] {
  // The projector's own store: what it saves, and how long that takes, is the question.
  const readModels = (projector as unknown as { readModels: ReadModelStore }).readModels;
  const totals = [
    timeCalls(events, ['readStream', 'append', 'readAll']),
    timeCalls(projector, ['waitFor']),
    timeCalls(readModels, ['save']),
  ];
  return () => totals.flatMap((map) => [...map]);
}

function perCommand(steps: [string, number][], commands: number): string[] {
  return ['wall time per command, by step (awaited time included):', ...steps.map(([step, total]) => `  ${step}: ${(total / commands).toFixed(3)} ms`)];
}

/** Keeps the profile for DevTools and summarises it. */
function summary(profile: CpuProfile, name: string): string[] {
  writeFileSync(join(profiles, `${name}-${store}.cpuprofile`), JSON.stringify(profile));
  return ['self time by package or module:', ...summariseCpuProfile(profile, 25)];
}
