/**
 * W7's all-partnership `progress` and a county's `countyProgress` (issue 15) along three paths,
 * in one run, rounds interleaved, 8 clients, against the in-process server: `npx jest --config
 * benchmarks/jest.config.js benchmarks/w7-answers.bench.ts` (W7_STORE=postgres with
 * DATABASE_URL). The paths: "none" keeps nothing (before ADR 0022), "rows" keeps the read
 * model's answers and their GraphQL rows (ADR 0022), "responses" also keeps the serialised
 * response (progress/kept-responses.ts, ADR 0023). The data set has the national row count
 * (350 partnerships x 3 years x 5 priorities = 5,250 rows) with one action per priority, so it
 * loads in seconds, and a county board whose 5 priorities each have every district's 2017/18
 * priority of the same rank aligned to it (1,750 aligned rows); the kept paths' cost depends on
 * the rows, not the actions. CPU is the whole process's (server and the 8 clients parsing).
 *
 * With W7_SERVER=process the built server (`npm run build` first) runs in its own process, as
 * deployed, profiled with --cpu-prof, and the clients parse in the benchmark's: "responses" asks
 * the same question each time; "rows" sends a fresh unused variable with each request, so the
 * kept response never matches and the question executes over the kept rows (ADR 0022's path,
 * plus the one JSON.stringify a kept response costs). CPU is the server process's. The
 * clients read each answer's bytes without parsing them (its length and first bytes checked).
 */
import { PlanProjector, type PlanReadModel } from '@saferplan/projections';
import { countyBoard, countyProgressQuery } from './lib/county-board';
import { KeptProgressResponses } from '../apps/api/src/progress/kept-responses';
import { BenchData, type BenchStore, benchHeaders, startBenchApp } from './lib/bench-app';
import { generateDataset } from './lib/national-dataset';
import { runConcurrently } from './lib/measure';
import { queryLoad } from './workloads/graphql-load';
import { graphql } from './workloads/http';
import { percentile, ratePerSecond } from './lib/measure';
import { ServerProcess, postUnparsed } from './lib/server-process';
import { processCpuNs } from './lib/process-cpu';
import { type CpuProfile, summariseCpuProfile } from './lib/cpu-profile';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const store = (process.env.W7_STORE ?? 'sqlite') as BenchStore;
const rounds = Number(process.env.W7_ROUNDS ?? 3);
const requests = Number(process.env.W7_REQUESTS ?? 40);
const partnerships = Number(process.env.W7_PARTNERSHIPS ?? 350);
const FY = '2017/18';

const inProcess = process.env.W7_SERVER !== 'process';

const progressQuery = `query($p: ID, $asOf: DateTime) { progress(partnershipId: $p, asOf: $asOf) { partnership { id name } priority { id title } progress { actions completed onTrack atRisk offTrack notStarted milestonesOverdue percentComplete } } }`;
const countyQuery = countyProgressQuery(FY);

if (inProcess) it(`W7 all-partnership and county progress: nothing kept, rows kept, responses kept (${store})`, async () => {
  const data = BenchData.create(store);
  const server = await startBenchApp(data);
  try {
    const started = Date.now();
    const dataset = await generateDataset(server, { partnerships, financialYears: ['2017/18', '2018/19', '2019/20'], prioritiesPerPlan: 5, actionsPerPriority: 1, milestonesPerAction: 1, indicatorsPerPriority: 0 });
    const boardId = await countyBoard(server, dataset.partnershipIds, FY);
    console.log(`loaded in ${Date.now() - started} ms`);
    const model = server.app.get(PlanProjector).queries as PlanReadModel;
    const responses = server.app.get(KeptProgressResponses);
    const answers = (model as any).progressAnswers;
    const scopes = (responses as any).scopes;
    const noAnswers = { answer: (_key: string, compute: () => unknown[]) => compute(), clear() {} };
    const paths = {
      none: () => ((model as any).progressAnswers = noAnswers),
      rows: () => ((model as any).progressAnswers = answers, (responses as any).scopes = null),
      responses: () => ((model as any).progressAnswers = answers, (responses as any).scopes = scopes),
    };
    const questions = { progress: { query: progressQuery, variables: {} }, countyProgress: { query: countyQuery, variables: { b: boardId } } };
    const lines: string[] = [`${store}; load average ${loadAverage()} at the start`];
    for (const [name, { query, variables }] of Object.entries(questions)) {
      const answer = await (await fetch(server.url, { method: 'POST', headers: benchHeaders(), body: JSON.stringify({ query, variables }) })).text();
      lines.push(`${name}: ${(JSON.parse(answer).data[name] as unknown[]).length} rows, ${(answer.length / 1024).toFixed(0)} KiB per answer`);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const [name, { query, variables }] of Object.entries(questions)) {
        for (const [path, use] of Object.entries(paths)) {
          use();
          await queryLoad(server.url, query, variables, 8, 8); // warm-up
          const cpu = process.cpuUsage();
          const load = await queryLoad(server.url, query, variables, 8, requests);
          const used = process.cpuUsage(cpu);
          const cpuPerRequest = (used.user + used.system) / 1000 / requests;
          lines.push(`round ${round} ${name} ${path}: ${load.rate.toFixed(1)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, CPU ${cpuPerRequest.toFixed(1)} ms/request`);
        }
      }
    }
    paths.responses();
    lines.push(`load average ${loadAverage()} at the end; responses served from kept ${responses.counts.served}, kept ${responses.counts.kept}`);
    console.log(lines.join('\n'));
  } finally {
    await server.app.close();
    await data.destroy();
  }
});

if (!inProcess) it(`W7 all-partnership and county progress against the built server in its own process (${store})`, async () => {
  const data = BenchData.create(store);
  try {
    const app = await startBenchApp(data);
    let boardId: string;
    try {
      const dataset = await generateDataset(app, { partnerships, financialYears: ['2017/18', '2018/19', '2019/20'], prioritiesPerPlan: 5, actionsPerPriority: 1, milestonesPerAction: 1, indicatorsPerPriority: 0 });
      boardId = await countyBoard(app, dataset.partnershipIds, FY);
    } finally {
      await app.app.close();
    }
    const dir = mkdtempSync(join(tmpdir(), 'w7-profile-'));
    const server = await ServerProcess.start(data, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const lines: string[] = [`${store}, built server in its own process; load average ${loadAverage()} at the start`];
    try {
      const questions = { progress: { query: progressQuery, variables: {} }, countyProgress: { query: countyQuery, variables: { b: boardId } } };
      let fresh = 0;
      const every = { rows: (variables: Record<string, unknown>) => ({ ...variables, unused: ++fresh }), responses: (variables: Record<string, unknown>) => variables };
      const chosen = (process.env.W7_PATHS ?? 'rows,responses').split(',');
      const paths = Object.fromEntries(Object.entries(every).filter(([path]) => chosen.includes(path)));
      for (let round = 1; round <= rounds; round++) {
        for (const [name, { query, variables }] of Object.entries(questions)) {
          for (const [path, vary] of Object.entries(paths)) {
            const expected = JSON.stringify(await graphql(server.url, query, variables)).length;
            // The clients check the answer's length and that it has no errors, without parsing it:
            // on two cores, 8 clients parsing 1.6 MB each would take the CPU the server needs.
            const ask = async () => {
              const answer = await postUnparsed(server.url, JSON.stringify({ query, variables: vary(variables) }));
              if (answer.status !== 200 || answer.length !== expected || !answer.head.startsWith('{"data":')) throw new Error(`query failed: ${answer.head}`);
            };
            await runConcurrently(8, 8, ask); // warm-up
            const cpu = processCpuNs(server.pid);
            const { latencies, ms } = await runConcurrently(8, requests, ask);
            const cpuPerRequest = (processCpuNs(server.pid) - cpu) / 1e6 / requests;
            lines.push(
              `round ${round} ${name} ${path}: ${ratePerSecond(requests, ms).toFixed(1)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, server CPU ${cpuPerRequest.toFixed(1)} ms/request`,
            );
          }
        }
      }
      lines.push(`load average ${loadAverage()} at the end`);
    } finally {
      await server.stop(); // the server writes its profile as it exits
    }
    const [file] = readdirSync(dir);
    const profile = fromFirstRequest(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
    lines.push('server profile from its first GraphQL request (start-up left out), self time:', ...summariseCpuProfile(profile, 25));
    lines.push(`profile: ${join(dir, file)}`);
    console.log(lines.join('\n'));
  } finally {
    await data.destroy();
  }
});

/** The profile's samples from the first one taken inside Mercurius's request handling on. */
function fromFirstRequest(profile: CpuProfile): CpuProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inRequest = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) if (byId.get(at)!.callFrame.functionName === 'fastifyGraphQl') return true;
    return false;
  };
  const first = Math.max(0, profile.samples.findIndex(inRequest));
  return { ...profile, samples: profile.samples.slice(first), timeDeltas: profile.timeDeltas.slice(first) };
}

function loadAverage(): string {
  return require('node:os').loadavg().map((each: number) => each.toFixed(1)).join(' ');
}
