/**
 * What QuarterlyUpdate.late costs now that it asks the partnership's reporting calendar (ADR
 * 0014 point 8): the partnerships tree with every update's `quarter firstRecordedAt status` (two
 * resolved fields answered in memory, as `late` and `reportingDeadline` were) against the same tree with `quarter late reportingDeadline`,
 * live and as of a moment, one process, rounds interleaved, sequential requests:
 *   node tools/run-ts.js benchmarks/update-late.bench.ts   (BENCH_STORE=postgres with DATABASE_URL)
 * CPU is this process's (server and client both; the client's share is the same for both queries).
 */
import { BenchData, type BenchStore, benchHeaders, startBenchApp } from './lib/bench-app';
import { generateDataset } from './lib/national-dataset';

const store = (process.env.BENCH_STORE ?? 'sqlite') as BenchStore;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const REQUESTS = Number(process.env.REQUESTS ?? 20);
const PARTNERSHIPS = Number(process.env.PARTNERSHIPS ?? 40);

async function main() {
  const data = BenchData.create(store);
  const server = await startBenchApp(data);
  try {
    const dataset = await generateDataset(server, { partnerships: PARTNERSHIPS, financialYears: ['2017/18'], prioritiesPerPlan: 5, actionsPerPriority: 4, milestonesPerAction: 1, indicatorsPerPriority: 0 });
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const answer = await (await fetch(server.url, { method: 'POST', headers: benchHeaders(), body: JSON.stringify({ query, variables }) })).json();
      if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    };
    const live = (fields: string) => `{ partnerships { id plans { priorities { actions { updates { ${fields} } } } } } }`;
    const first = await post(live('quarter'));
    const actionIds: string[] = [];
    let updates = 0;
    for (const p of first.partnerships) for (const plan of p.plans) for (const pr of plan.priorities) for (const a of pr.actions) updates += a.updates.length;
    const anAction = await post(`{ partnerships { plans { priorities { actions { id } } } } }`);
    actionIds.push(anAction.partnerships[0].plans[0].priorities[0].actions[0].id);
    const asOfQuery = (fields: string) => `query($id: ID!, $at: DateTime) { action(id: $id, asOf: $at) { updates { ${fields} } } }`;
    const asOfVars = { id: actionIds[0], at: new Date().toISOString() };
    console.log(`${store}: ${first.partnerships.length} partnerships, ${updates} updates in the tree; ${dataset ? '' : ''}${ROUNDS} rounds x ${REQUESTS} requests; load ${require('node:os').loadavg().map((l: number) => l.toFixed(1)).join(' ')}`);
    const cases: Array<[string, string, Record<string, unknown> | undefined]> = [
      ['live tree, firstRecordedAt status', live('quarter firstRecordedAt status'), undefined],
      ['live tree, late reportingDeadline', live('quarter late reportingDeadline'), undefined],
      ['as-of action, firstRecordedAt status', asOfQuery('quarter firstRecordedAt status'), asOfVars],
      ['as-of action, late reportingDeadline', asOfQuery('quarter late reportingDeadline'), asOfVars],
    ];
    const cpu: Record<string, number[]> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 === 0 ? [...cases].reverse() : cases;
      for (const [name, query, variables] of order) {
        for (let i = 0; i < 3; i++) await post(query, variables); // warm
        const before = process.cpuUsage();
        for (let i = 0; i < REQUESTS; i++) await post(query, variables);
        const used = process.cpuUsage(before);
        (cpu[name] ??= []).push((used.user + used.system) / 1000 / REQUESTS);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    for (const [name] of cases) console.log(`${name}: median cpu ${median(cpu[name]).toFixed(2)} ms/request (rounds ${cpu[name].map((v) => v.toFixed(2)).join(', ')})`);
    console.log(`live: late / firstRecordedAt = ${(median(cpu[cases[1][0]]) / median(cpu[cases[0][0]])).toFixed(2)}; as-of: ${(median(cpu[cases[3][0]]) / median(cpu[cases[2][0]])).toFixed(2)}`);
  } finally {
    await server.app.close();
    await data.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
