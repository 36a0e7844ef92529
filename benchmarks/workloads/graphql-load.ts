import { percentile, ratePerSecond, runConcurrently } from '../lib/measure';
import { postUnparsed } from '../lib/server-process';
import { graphql } from './http';

export interface LoadResult {
  rate: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Sends `requests` copies of one query from `clients` concurrent clients. */
export async function queryLoad(url: string, query: string, variables: Record<string, unknown> | undefined, clients: number, requests: number): Promise<LoadResult> {
  const { latencies, ms } = await runConcurrently(clients, requests, async () => {
    const answer = await graphql(url, query, variables);
    if (answer.errors?.length) throw new Error(`query failed: ${JSON.stringify(answer.errors)}`);
  });
  return { rate: ratePerSecond(requests, ms), p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

/**
 * Like queryLoad, for an answer of megabytes that does not change during the load (W7's
 * all-partnership and county progress): one answer is parsed and checked for errors, then each
 * request's answer is checked by its status, its first bytes and its length, equal to that
 * answer's, without parsing it, so the figure is the server's and not the load generator's.
 */
export async function largeAnswerLoad(url: string, query: string, variables: Record<string, unknown> | undefined, clients: number, requests: number): Promise<LoadResult> {
  const first = await graphql(url, query, variables);
  if (first.errors?.length || !first.data) throw new Error(`query failed: ${JSON.stringify(first.errors)}`);
  const expected = Buffer.byteLength(JSON.stringify(first));
  const body = JSON.stringify({ query, variables });
  const { latencies, ms } = await runConcurrently(clients, requests, async () => {
    const answer = await postUnparsed(url, body);
    if (answer.status !== 200 || answer.length !== expected || !answer.head.startsWith('{"data":')) {
      throw new Error(`query failed: status ${answer.status}, ${answer.length} bytes against ${expected}: ${answer.head}`);
    }
  });
  return { rate: ratePerSecond(requests, ms), p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

export interface WriterResult extends LoadResult {
  size: number;
  succeeded: number;
  conflictsReported: number;
  otherErrors: number;
  recordedEvents: number;
}

/**
 * W2: 32 writers send scheduleMilestone mutations with the version they last knew, 80% of them
 * to a handful of hot actions, so some collide. Like a real client each writer remembers the
 * version its own last write produced and reads the action again only after a CONFLICT; a
 * conflict is caused exactly when another writer changed the action since. Afterwards the
 * recorded events are counted: nothing acknowledged may be missing and every conflict must have
 * been reported.
 */
export async function concurrentWriters(url: string, actionIds: string[], writers: number, mutations: number): Promise<WriterResult> {
  const hot = actionIds.slice(0, 8);
  const before = new Map<string, number>();
  for (const id of actionIds) before.set(id, await versionOf(url, id));
  let succeeded = 0;
  let conflictsReported = 0;
  let otherErrors = 0;
  const known = Array.from({ length: writers }, () => new Map(before));
  const { latencies, ms } = await runConcurrently(writers, mutations, async (index, writer) => {
    const actionId = index % 5 === 0 ? actionIds[index % actionIds.length] : hot[index % hot.length];
    const expectedVersion = known[writer].get(actionId)!;
    const answer = await graphql(
      url,
      `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }`,
      { i: { actionId, title: `W2 milestone ${index}`, dueQuarter: '2030/31 Q2', expectedVersion } },
    );
    const code = answer.errors?.[0]?.extensions?.code;
    if (!answer.errors) {
      succeeded++;
      known[writer].set(actionId, expectedVersion + 1); // scheduleMilestone records one event
    } else if (code === 'CONFLICT') {
      conflictsReported++;
      known[writer].set(actionId, await versionOf(url, actionId));
    } else otherErrors++;
  });
  let recordedEvents = 0;
  for (const id of actionIds) recordedEvents += (await versionOf(url, id)) - before.get(id)!;
  return {
    size: mutations,
    rate: ratePerSecond(mutations, ms),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    succeeded,
    conflictsReported,
    otherErrors,
    recordedEvents,
  };
}

async function versionOf(url: string, actionId: string): Promise<number> {
  const answer = await graphql<{ action: { version: number } }>(url, `query($id: ID!) { action(id: $id) { version } }`, { id: actionId });
  return answer.data!.action.version;
}
