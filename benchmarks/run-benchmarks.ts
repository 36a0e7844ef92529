import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { AggregateRepository } from '../apps/api/src/common/aggregate-repository';
import type { EventStore } from '@saferplan/event-store';
import { PlanProjector } from '@saferplan/projections';
import { BenchData, type BenchStore, startBenchApp } from './lib/bench-app';
import { nowMs, PeakRss, ratePerSecond } from './lib/measure';
import { generateDataset, NATIONAL, QUICK } from './lib/national-dataset';
import { BenchReport } from './lib/results';
import { rawPostgresInserts, rawScan, rawSqliteCommits } from './workloads/raw-baselines';
import { aggregateLoads, projectionLag, singleWriterCommands } from './workloads/command-path';
import { concurrentWriters, largeAnswerLoad, queryLoad } from './workloads/graphql-load';
import { post, ServerProcess } from './lib/server-process';
import { merkleLogCost, signingCost } from './workloads/merkle-log';
import { type EventSigner, PostgresEventStore, SqliteEventStore } from '@saferplan/event-store';
import { dropSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { runPeers } from './peers/run-peers';
import { writesUnderForeignTransactions } from './workloads/foreign-transaction';
import { writersUnderHeavyReaders } from './workloads/heavy-readers';
import { type During, ServerProfileWindows } from './lib/server-profile';
import { countyBoard, countyProgressQuery } from './lib/county-board';

/** The parts of a run: W0-W8 on each store, and the peers (framework floor, Emmett). */
export const BENCH_PARTS = ['workloads', 'peers'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  stores: BenchStore[];
  report: BenchReport;
  /** `npm run bench -- --only peers`: the parts to run (default all). */
  only?: readonly BenchPart[];
}

/** Runs every workload (W0-W8) on each store, printing each figure beside its raw baseline. */
export async function runBenchmarks({ quick, stores, report, only = BENCH_PARTS }: BenchOptions): Promise<{ events: number }> {
  const size = quick
    ? { rawCommits: 300, pgRows: 300, w1: 200, w2: 200, w3Loads: 50, w4: 50, w8: 200, queries: 100 }
    : { rawCommits: 3000, pgRows: 3000, w1: 3000, w2: 3000, w3Loads: 300, w4: 500, w8: 2000, queries: 2000 };
  let events = 0;
  for (const store of only.includes('workloads') ? stores : []) {
    const data = BenchData.create(store);
    try {
      events = await benchStore(store, data, quick, size, report);
    } finally {
      await data.destroy();
    }
  }
  // Peers and the framework floor (issue 15), after the workloads, with W0's 32 trivial-query clients.
  if (only.includes('peers')) await runPeers({ quick, stores, report, clients: 32 });
  return { events };
}

async function benchStore(store: BenchStore, data: BenchData, quick: boolean, size: Record<string, number>, report: BenchReport): Promise<number> {
  const connectionString = process.env.DATABASE_URL;
  // W0: raw baselines on the same machine, in the same run.
  const rawOneRow = store === 'sqlite'
    ? rawSqliteCommits(data.dataDir, size.rawCommits, 1)
    : await rawPostgresInserts(connectionString!, data.schema!, size.pgRows, 1);
  report.rate('W0 raw one-row commits', store, rawOneRow, 'rows/s', null, null);
  if (store === 'sqlite') {
    report.rate('W0 raw 100-row transactions', store, rawSqliteCommits(data.dataDir, Math.max(10, size.rawCommits / 10), 100), 'rows/s', null, null);
  } else {
    report.rate('W0 raw inserts, 8 connections', store, await rawPostgresInserts(connectionString!, data.schema!, size.pgRows, 8), 'rows/s', null, null);
  }

  // In-process: the command path, aggregate loads, projection lag and rebuild.
  const inProcess = await startBenchApp(data);
  let generated: Awaited<ReturnType<typeof timedGenerate>>;
  let boardId: string;
  let scanEvents = 0;
  try {
    generated = await timedGenerate(inProcess, quick);
    report.rate('dataset load through the command path', store, ratePerSecond(generated.events, generated.ms), 'events/s', null, null);
    // A county board over every partnership's first year, for W7's countyProgress (a few thousand events).
    boardId = await countyBoard(inProcess, generated.partnershipIds, (quick ? QUICK : NATIONAL).financialYears[0]);

    const w1 = await singleWriterCommands(inProcess.writer, generated.actionIds.slice(-200), size.w1);
    report.rate('W1 single writer, command path', store, w1, 'events/s', rawOneRow, 0.5);

    const appStore = inProcess.app.get<EventStore>(EVENT_STORE);
    const projector = inProcess.app.get(PlanProjector);
    const rawRead = rawStreamReader(store, data, connectionString);
    for (const n of [10, 100, 1000]) {
      // A fresh repository each time: a cold load, not one served from its snapshots.
      const coldRepository = () => new AggregateRepository(appStore, { now: () => new Date() }, projector);
      const w3 = await aggregateLoads(appStore, coldRepository, n, size.w3Loads, rawRead.read);
      report.rate(`W3 load aggregate of ${n} events`, store, w3.repository, 'loads/s', w3.raw, 0.5);
    }
    await rawRead.close();

    report.cost('W4 projection lag p99', store, await projectionLag(appStore, () => projector.checkpoint, size.w4), 'ms', null);
    if (store === 'postgres') await writesUnderForeignTransactions(report, inProcess.writer, generated.actionIds.slice(-200), connectionString!, quick ? 3000 : 30_000);

    const w8 = await merkleLogCost(appStore, size.w8);
    report.rate('W8 appends without the Merkle log', store, w8.appendsWithout, 'appends/s', null, null);
    report.rate('W8 appends with the Merkle log (head signed every 100)', store, w8.appendsWith, 'appends/s', w8.appendsWithout, 0.8);
    report.rate(`W8 tree heads signed (${w8.events} events)`, store, w8.headsPerSecond, 'heads/s', null, null);
    report.rate(`W8 inclusion proofs built (${w8.events} events)`, store, w8.proofsPerSecond, 'proofs/s', null, null);
    report.cost(`W8 Merkle log built from the store (${w8.events} events)`, store, w8.buildMs, 'ms', null);
    const signing = await signingCost(scratchStores(store, data, connectionString), size.w8);
    report.rate('W8 appends without per-event signatures', store, signing.unsigned, 'appends/s', null, null);
    report.rate('W8 appends with per-event signatures', store, signing.signed, 'appends/s', signing.unsigned, 0.8);

    const scan = await rawScan(store, { dataDir: data.dataDir, connectionString, schema: data.schema ?? undefined });
    scanEvents = scan.events;
    const rss = new PeakRss();
    const rebuildStarted = nowMs();
    const rebuilt = await projector.rebuild();
    const rebuildMs = nowMs() - rebuildStarted;
    const rebuildPeak = rss.stop();
    report.costRatio(`W5 full rebuild (${rebuilt.eventsApplied} events, identical: ${rebuilt.identical})`, store, rebuildMs, 'ms', scan.ms, 0.5);
    // Reported, not a target: the in-process rebuild holds the old and the new model at once, in
    // the benchmark's own process; the 512 MB target is the server's (measured below).
    report.cost('W5 peak RSS during rebuild (benchmark process)', store, rebuildPeak / 2 ** 20, 'MB', null);
  } finally {
    await inProcess.app.close();
  }

  // Over HTTP against the built server in its own process, as deployed.
  const coldStarted = nowMs();
  // `--server-profile`: the server under --cpu-prof, read per workload afterwards (server-profile.ts).
  const profileDir = process.env.BENCH_SERVER_PROFILE === '1' ? join(__dirname, 'tmp', 'profiles', `national-${store}-server`) : null;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  const server = await ServerProcess.start(data, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  const windows = profileDir ? new ServerProfileWindows(server, profileDir) : null;
  const during: During = (label, work) => (windows ? windows.during(label, work) : work());
  try {
    report.cost(`W6 cold start to first answer (${scanEvents} events)`, store, nowMs() - coldStarted, 'ms', 2000);
    // The server's own start-up audit work runs on the request thread after it answers: its
    // Merkle log of the whole store and the signature check of every event since the last head
    // it signed. After a bulk load (this data set was built minutes ago) that is a large part of
    // the log, and it used to overlap the workloads below. Measured apart, so they read the
    // server as it runs and the catch-up is a figure of its own.
    const auditStarted = nowMs();
    await during('W6 first answer', async () => undefined); // the server's memory as it starts answering
    const head = await during('server start-up audit catch-up', () => post<{ treeHead: { treeSize: number } }>(server.url, '{ treeHead { treeSize } }'));
    if (!head.data?.treeHead) throw new Error(`treeHead did not answer: ${JSON.stringify(head.errors)}`);
    report.cost(`server start-up audit catch-up (${head.data.treeHead.treeSize} events in its Merkle log)`, store, nowMs() - auditStarted, 'ms', null);
    const trivial = await during('W0 trivial query, 32 clients', () => queryLoad(server.url, '{ __typename }', undefined, 32, size.queries * 5));
    report.rate('W0 trivial GraphQL query rate', store, trivial.rate, 'req/s', null, null);

    const w2 = await during('W2 32 HTTP writers', () => concurrentWriters(server.url, generated.actionIds.slice(0, 64), 32, size.w2));
    report.rate('W2 32 HTTP writers', store, w2.rate, 'mutations/s', trivial.rate, 0.6);
    report.cost('W2 p50 latency', store, w2.p50, 'ms', null);
    report.cost('W2 p99 latency', store, w2.p99, 'ms', null);
    report.cost('W2 acknowledged writes missing', store, w2.succeeded - w2.recordedEvents, 'events', 0);
    report.cost('W2 unexplained errors (not CONFLICT)', store, w2.otherErrors, 'errors', 0);
    report.rate('W2 conflicts reported', store, w2.conflictsReported, 'conflicts', w2.size - w2.succeeded, 1);

    const progressQuery = `query($p: ID, $asOf: DateTime) { progress(partnershipId: $p, asOf: $asOf) { priority { id } progress { actions completed onTrack atRisk offTrack notStarted milestonesOverdue percentComplete } } }`;
    // The national answers are megabytes: read unparsed, so the 8 clients measure the server, not their own JSON.parse.
    const all = await during('W7 progress over all partnerships, 8 clients', () => largeAnswerLoad(server.url, progressQuery, {}, 8, Math.max(20, size.queries / 10)));
    report.rate('W7 progress over all partnerships (8 clients)', store, all.rate, 'req/s', trivial.rate, null);
    report.cost('W7 progress over all partnerships p99', store, all.p99, 'ms', 200);
    const countyQuery = countyProgressQuery((quick ? QUICK : NATIONAL).financialYears[0]);
    const county = await during('W7 countyProgress, 8 clients', () => largeAnswerLoad(server.url, countyQuery, { b: boardId }, 8, Math.max(20, size.queries / 10)));
    report.rate('W7 countyProgress (8 clients)', store, county.rate, 'req/s', trivial.rate, null);
    report.cost('W7 countyProgress p99', store, county.p99, 'ms', 200);
    const one = await during('W7 progress for one partnership, 16 clients', () => queryLoad(server.url, progressQuery, { p: generated.partnershipIds[0] }, 16, size.queries));
    report.rate('W7 progress for one partnership (16 clients)', store, one.rate, 'req/s', trivial.rate, null);
    report.cost('W7 progress for one partnership p99 (16 clients, queueing included)', store, one.p99, 'ms', null);
    // Latency at the load a county's officers put on it, not queueing behind 16 saturating clients.
    const oneLatency = await during('W7 progress for one partnership, 4 clients', () => queryLoad(server.url, progressQuery, { p: generated.partnershipIds[0] }, 4, size.queries));
    report.cost('W7 progress for one partnership p99 (4 clients)', store, oneLatency.p99, 'ms', 20);
    // An auditor's replay: one query at a time, each folding the partnership's history afresh.
    const asOf = await during('as-of progress for one partnership, 1 client', () => queryLoad(server.url, progressQuery, { p: generated.partnershipIds[0], asOf: new Date().toISOString() }, 1, Math.max(20, size.queries / 20)));
    report.cost('W7 as-of progress for one partnership p95 (1 client)', store, asOf.p95, 'ms', 50);
    // W10 (issue 14 failure 2): writers alone, then beside 16 heavy readers, each a user of its own.
    await writersUnderHeavyReaders(report, store, server.url, generated.actionIds.slice(0, 200), { ms: quick ? 3000 : 15_000, writers: 4, readers: 16, asOf: new Date().toISOString(), during });
    report.cost('peak server RSS', store, server.peakRss() / 2 ** 20, 'MB', 512);
    return scanEvents;
  } finally {
    await server.stop();
    if (windows) {
      const lines = [`The built server's CPU profile per workload (${store}, ${quick ? 'quick' : 'full'} run), self time by package or module:`, ...windows.summarise()];
      writeFileSync(join(__dirname, 'results', `server-profile-${store}${quick ? '-quick' : ''}.txt`), `${lines.join('\n')}\n`);
      console.log(lines.join('\n'));
    }
  }
}

async function timedGenerate(writers: Parameters<typeof generateDataset>[0], quick: boolean) {
  const started = nowMs();
  const dataset = await generateDataset(writers, quick ? QUICK : NATIONAL);
  return { ...dataset, ms: nowMs() - started };
}

/** A raw select + JSON.parse of one stream's rows, bypassing our adapter: W3's baseline. */
/** A fresh store of the benchmark's kind per call, apart from the benchmark's own data; dropped on close. */
function scratchStores(store: BenchStore, data: BenchData, connectionString: string | undefined) {
  let runs = 0;
  return async (signer: EventSigner | null): Promise<{ store: EventStore; dispose(): Promise<void> }> => {
    runs++;
    if (store === 'sqlite') {
      const dataDir = join(data.dataDir, `w8-signing-${runs}`);
      return { store: await SqliteEventStore.open({ dataDir, signer }), dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
    }
    const schema = `${data.schema}_w8_${runs}`;
    return { store: await PostgresEventStore.connect({ connectionString: connectionString!, schema, signer }), dispose: () => dropSchema(connectionString!, schema) };
  };
}

function rawStreamReader(store: BenchStore, data: BenchData, connectionString: string | undefined) {
  if (store === 'sqlite') {
    const db = new Database(join(data.dataDir, 'events.sqlite'), { readonly: true });
    const select = db.prepare('SELECT data, metadata FROM events WHERE stream_id = ? ORDER BY revision');
    return {
      read: (streamId: string) => select.all(streamId).map((row: any) => [JSON.parse(row.data), JSON.parse(row.metadata)]),
      close: async () => db.close(),
    };
  }
  const client = new Client({ connectionString });
  const connected = client.connect();
  return {
    read: async (streamId: string) => {
      await connected;
      const { rows } = await client.query(`SELECT data::text AS data, metadata::text AS metadata FROM ${data.schema}.events WHERE stream_id = $1 ORDER BY revision`, [streamId]);
      return rows.map((row) => [JSON.parse(row.data), JSON.parse(row.metadata)]);
    },
    close: async () => {
      await connected;
      await client.end();
    },
  };
}
