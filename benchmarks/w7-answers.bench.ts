/**
 * W7's all-partnership `progress` with and without the kept answers (issue 15, ADR 0022), in one
 * run, interleaved rounds, 8 clients, against the in-process server: `npx jest --config
 * benchmarks/jest.config.js benchmarks/w7-answers.bench.ts` (W7_STORE=postgres with
 * DATABASE_URL). The data set has the national row count (350 partnerships x 3 years x 5
 * priorities = 5,250 rows) with one action per priority, so it loads in seconds; the kept path's
 * cost depends on the rows, not the actions. "Without" swaps the live model's kept answers for
 * none, which is the code path before them.
 */
import { PlanProjector, type PlanReadModel } from '@saferplan/projections';
import { BenchData, type BenchStore, benchHeaders, startBenchApp } from './lib/bench-app';
import { generateDataset } from './lib/national-dataset';
import { queryLoad } from './workloads/graphql-load';

const store = (process.env.W7_STORE ?? 'sqlite') as BenchStore;
const rounds = Number(process.env.W7_ROUNDS ?? 3);
const requests = Number(process.env.W7_REQUESTS ?? 40);
const partnerships = Number(process.env.W7_PARTNERSHIPS ?? 350);

it(`W7 all-partnership progress, kept answers vs none (${store})`, async () => {
  const data = BenchData.create(store);
  const server = await startBenchApp(data);
  try {
    const started = Date.now();
    await generateDataset(server, { partnerships, financialYears: ['2017/18', '2018/19', '2019/20'], prioritiesPerPlan: 5, actionsPerPriority: 1, milestonesPerAction: 1, indicatorsPerPriority: 0 });
    console.log(`loaded in ${Date.now() - started} ms`);
    const model = server.app.get(PlanProjector).queries as PlanReadModel;
    const kept = (model as any).progressAnswers;
    const none = { answer: (_key: string, compute: () => unknown[]) => compute(), clear() {} };
    const query = `query($p: ID, $asOf: DateTime) { progress(partnershipId: $p, asOf: $asOf) { priority { id } progress { actions completed onTrack atRisk offTrack notStarted milestonesOverdue percentComplete } } }`;
    const rows = (await (await fetch(server.url, { method: 'POST', headers: benchHeaders(), body: JSON.stringify({ query }) })).json()).data.progress.length;
    const lines: string[] = [`${rows} rows per answer, ${store}`];
    for (let round = 1; round <= rounds; round++) {
      for (const [name, answers] of [['none', none], ['kept', kept]] as const) {
        (model as any).progressAnswers = answers;
        await queryLoad(server.url, query, {}, 8, 8); // warm-up
        const load = await queryLoad(server.url, query, {}, 8, requests);
        lines.push(`round ${round} ${name}: ${load.rate.toFixed(1)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`);
      }
    }
    (model as any).progressAnswers = kept;
    console.log(lines.join('\n'));
  } finally {
    await server.app.close();
    await data.destroy();
  }
});
