import { BenchData, type BenchStore } from '../lib/bench-app';
import type { BenchReport } from '../lib/results';
import { httpClientFor, httpPeers, type HttpTarget } from '../workloads/peers-http';
import { storePeers } from '../workloads/peers-store';

/** The targets: ours against the framework floor and against Emmett, each a ratio in one run. */
const TARGETS = {
  trivialVsBareNest: 0.85,
  refusedVsTrivial: 1,
  appendsVsRaw: { sqlite: 0.8, postgres: 0.7 },
  appendsVsEmmett: { sqlite: 10, postgres: 2 },
} as const;

const NO_STORE = '–';

/**
 * Peers and the framework floor, in the same run as the rest: the HTTP floor once (it has no
 * store), then each store's appends beside Emmett's and raw commits.
 */
export async function runPeers({
  quick,
  stores,
  report,
  clients,
}: {
  quick: boolean;
  stores: BenchStore[];
  report: BenchReport;
  clients: number;
}): Promise<void> {
  const client = httpClientFor(quick);
  const http = await httpPeers(clients, client, quick ? 3 : 5);
  const by = client.kind === 'wrk' ? `${clients} wrk connections` : `${clients} Node clients, no wrk installed`;
  const figure = (target: HttpTarget) => http.find((f) => f.target === target)!;
  for (const kind of ['node:http', 'Fastify', 'NestJS + Mercurius'] as const) {
    report.rate(`Peers: ${kind} { hello } (${by})`, NO_STORE, figure(kind).rate, 'req/s', null, null);
    report.cost(`Peers: ${kind} server CPU per request`, NO_STORE, figure(kind).cpuMicros, 'µs', null);
  }
  const bare = figure('NestJS + Mercurius');
  const trivial = figure('ours, { __typename } with a token');
  const refused = figure('ours, { partnerships } without a token (refused)');
  report.rate(
    `Peers: ours { __typename } with a token vs bare NestJS + Mercurius`,
    'sqlite',
    trivial.rate,
    'req/s',
    bare.rate,
    TARGETS.trivialVsBareNest,
  );
  report.cost(
    `Peers: ours { __typename } server CPU per request (baseline bare NestJS + Mercurius)`,
    'sqlite',
    trivial.cpuMicros,
    'µs',
    null,
    bare.cpuMicros,
  );
  report.rate(
    `Peers: ours refused { partnerships } (no token) vs ours { __typename } with a token`,
    'sqlite',
    refused.rate,
    'req/s',
    trivial.rate,
    TARGETS.refusedVsTrivial,
  );
  // "Costs no more than an accepted trivial one": the limit is the trivial query's own CPU in this run.
  report.cost(
    `Peers: ours refused request server CPU per request (limit: the trivial query's)`,
    'sqlite',
    refused.cpuMicros,
    'µs',
    round(trivial.cpuMicros),
    trivial.cpuMicros,
  );

  for (const store of stores) {
    const data = BenchData.create(store);
    try {
      const appends = storeFigures(await storePeers(store, data.dataDir, quick ? 200 : 2000, quick ? 3 : 5));
      report.rate('Peers: raw one-row commits', store, appends.raw, 'rows/s', null, null);
      report.rate(
        'Peers: ours appends (one event each) vs raw one-row commits',
        store,
        appends.ours,
        'appends/s',
        appends.raw,
        TARGETS.appendsVsRaw[store],
      );
      report.rate(
        'Peers: Emmett appends vs raw one-row commits',
        store,
        appends.emmett,
        'appends/s',
        appends.raw,
        null,
      );
      report.rate(
        'Peers: ours appends vs Emmett appends',
        store,
        appends.ours,
        'appends/s',
        appends.emmett || null,
        TARGETS.appendsVsEmmett[store],
      );
      report.cost(`Peers: Emmett rounds aborted (of ${appends.rounds})`, store, appends.emmettAborted, 'rounds', null);
    } finally {
      await data.destroy();
    }
  }
}

function storeFigures(figures: Awaited<ReturnType<typeof storePeers>>) {
  // Shown, not hidden: an aborted round (SQLITE_BUSY on Emmett's SQLite store) is left out of its median.
  for (const error of figures.emmettErrors) console.log(`[bench] Emmett round aborted: ${error}`);
  return figures;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
