/**
 * The SQLite writer on its own thread against the same appender inline (issue 15, ADR 0025) and
 * the default that commits a lone append inline when the thread is idle (ADR 0028), in one
 * process, rounds interleaved (inline, thread, auto, raw one-row commits), each on a fresh file:
 * `npx jest --config benchmarks/jest.config.js benchmarks/sqlite-writer.bench.ts`
 * (WRITER_ROUNDS, WRITER_APPENDS). Two loads: one appender awaiting each append (the peers'
 * store workload: one event per append over 50 streams), and 32 appenders at once (W2's shape
 * at the store). Beside the rate it reports the CPU the calling thread spent per append (its own
 * /proc schedstat: what the event loop no longer has for parsing, validating and answering) and
 * the process's CPU per append (all threads, the writer thread included).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store';
import { nowMs, ratePerSecond, runConcurrently } from './lib/measure';
import { median, parseSchedstat, processCpuNs } from './lib/process-cpu';
import { rawSqliteCommits } from './workloads/raw-baselines';

const rounds = Number(process.env.WRITER_ROUNDS ?? 5);
const appends = Number(process.env.WRITER_APPENDS ?? 1000);
const WRITERS = ['inline', 'thread', 'auto'] as const;
type Writer = (typeof WRITERS)[number];

const mainThreadNs = () => parseSchedstat(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8'));
const event = (i: number) => ({ type: 'QuarterlyUpdateRecorded', data: { percentComplete: i % 100, narrative: 'x'.repeat(120) }, schemaVersion: 1 });

interface Figures {
  rate: number;
  mainUs: number;
  processUs: number;
}

async function measure(writer: Writer, dir: string, concurrency: number): Promise<Figures> {
  const store = await SqliteEventStore.open({ dataDir: mkdtempSync(join(dir, `${writer}-`)), writer });
  const append = (i: number) => store.append(`bench-${i % 50}`, [event(i)], { expectedRevision: 'any', recordedAt: new Date() });
  try {
    for (let i = 0; i < 50; i++) await append(i); // streams exist, statements warm
    const [main, all, started] = [mainThreadNs(), processCpuNs(process.pid), nowMs()];
    if (concurrency === 1) for (let i = 0; i < appends; i++) await append(i);
    else await runConcurrently(concurrency, appends, async (i) => void (await append(i)));
    const ms = nowMs() - started;
    return { rate: ratePerSecond(appends, ms), mainUs: (mainThreadNs() - main) / 1000 / appends, processUs: (processCpuNs(process.pid) - all) / 1000 / appends };
  } finally {
    await store.close();
  }
}

it('SQLite appends: writer thread vs inline vs auto, interleaved', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'saferplan-writer-bench-'));
  const samples: Record<string, Figures[]> = {};
  const raw: number[] = [];
  const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const concurrency of [1, 32]) {
        for (const writer of WRITERS) (samples[`${writer} x${concurrency}`] ??= []).push(await measure(writer, dir, concurrency));
      }
      raw.push(rawSqliteCommits(mkdtempSync(join(dir, 'raw-')), appends, 1));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rawRate = median(raw);
  const lines = [`${rounds} rounds of ${appends} appends; load average ${load} at start, ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} at end`];
  lines.push(`raw one-row commits: ${rawRate.toFixed(0)}/s (per round: ${raw.map((r) => r.toFixed(0)).join(', ')})`);
  for (const [name, figures] of Object.entries(samples)) {
    const rate = median(figures.map((f) => f.rate));
    lines.push(
      `${name}: ${rate.toFixed(0)} appends/s (${(rate / rawRate).toFixed(2)}x raw), calling thread ${median(figures.map((f) => f.mainUs)).toFixed(0)} µs/append, process ${median(figures.map((f) => f.processUs)).toFixed(0)} µs/append; rates per round ${figures.map((f) => f.rate.toFixed(0)).join(', ')}`,
    );
  }
  console.log(lines.join('\n'));
}, 60 * 60 * 1000);
