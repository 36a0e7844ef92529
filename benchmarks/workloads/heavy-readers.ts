import { benchUserHeaders } from '../lib/bench-app';
import { nowMs, percentile, ratePerSecond } from '../lib/measure';
import type { BenchReport } from '../lib/results';
import type { During } from '../lib/server-profile';
import { graphql } from './http';

/** What each heavy reader loops over, in turn: the mix of the 16 clients. */
const HEAVY_QUERIES = [
  'query($asOf: DateTime) { progress(asOf: $asOf) { priority { id } progress { actions completed percentComplete } } }',
  '{ verifyAuditTrail { ok eventsChecked } }',
  'query($asOf: DateTime) { partnerships(asOf: $asOf) { id name plans { id priorities { id } } } }',
];

interface WriterFigures {
  writes: number;
  rate: number;
  p99: number;
  errors: number;
}

/** `writers` clients each recording milestones one after another for `ms`. */
async function writeFor(
  url: string,
  actionIds: string[],
  writers: number,
  ms: number,
  label: string,
): Promise<WriterFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = nowMs();
  const until = started + ms;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (nowMs() < until) {
        const index = next++;
        const sent = nowMs();
        const answer = await graphql(
          url,
          'mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }',
          {
            i: {
              actionId: actionIds[index % actionIds.length],
              title: `W10 ${label} ${index}`,
              dueQuarter: '2030/31 Q3',
            },
          },
        );
        if (answer.errors?.length) errors++;
        else latencies.push(nowMs() - sent);
      }
    }),
  );
  const elapsed = nowMs() - started;
  return {
    writes: latencies.length,
    rate: ratePerSecond(latencies.length, elapsed),
    p99: percentile(latencies, 99),
    errors,
  };
}

/**
 * W10 (issue 14 failure 2): writers' throughput and p99 alone, then with `readers` heavy readers
 * (as-of progress, verifyAuditTrail, partnerships as of a moment), each a user of their own,
 * looping for the same time; the second against the first, measured in the same run.
 * Targets: >= 0.5x solo throughput, p99 < 250 ms.
 */
export async function writersUnderHeavyReaders(
  report: BenchReport,
  store: string,
  url: string,
  actionIds: string[],
  options: { ms: number; writers: number; readers: number; asOf: string; during?: During },
): Promise<void> {
  const during: During = options.during ?? ((_label, work) => work());
  const solo = await during(`W10 ${options.writers} writers alone`, () => writeFor(url, actionIds, options.writers, options.ms, 'solo'));
  report.rate(`W10 ${options.writers} writers alone`, store, solo.rate, 'writes/s', null, null);
  report.cost(`W10 ${options.writers} writers alone p99`, store, solo.p99, 'ms', null);

  let stop = false;
  const heavy = { answered: 0, refused: 0, failed: 0 };
  const readers = Array.from({ length: options.readers }, async (_, reader) => {
    const headers = benchUserHeaders(`w10-reader-${reader}`);
    for (let turn = reader; !stop; turn++) {
      const answer = await graphql(url, HEAVY_QUERIES[turn % HEAVY_QUERIES.length], { asOf: options.asOf }, headers);
      const code = answer.errors?.[0]?.extensions?.code;
      if (!answer.errors) heavy.answered++;
      else if (code === 'RATE_LIMITED') heavy.refused++;
      else heavy.failed++;
    }
  });
  // Let every reader have its first heavy read in flight before the writers start.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const loaded = await during(`W10 ${options.writers} writers beside ${options.readers} heavy readers`, () => writeFor(url, actionIds, options.writers, options.ms, 'loaded'));
  stop = true;
  await Promise.all(readers);

  const label = `W10 ${options.writers} writers beside ${options.readers} heavy readers`;
  report.rate(label, store, loaded.rate, 'writes/s', solo.rate, 0.5);
  report.cost(`${label} p99`, store, loaded.p99, 'ms', 250, solo.p99);
  report.cost(`${label}: write errors`, store, solo.errors + loaded.errors, 'errors', 0);
  report.rate(
    `W10 heavy reads answered (${heavy.refused} refused RATE_LIMITED)`,
    store,
    ratePerSecond(heavy.answered, options.ms),
    'reads/s',
    null,
    null,
  );
  report.cost('W10 heavy reads failed (not RATE_LIMITED)', store, heavy.failed, 'errors', 0);
}
