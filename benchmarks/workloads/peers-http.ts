import { BenchData, benchHeaders } from '../lib/bench-app';
import { ratePerSecond, runConcurrently } from '../lib/measure';
import { cpuMicrosPerRequest, median, processCpuNs } from '../lib/process-cpu';
import { ServerProcess } from '../lib/server-process';
import { wrkLoad, wrkPath } from '../lib/wrk-load';
import { type PeerKind, PeerServer } from '../peers/peer-server';
import { graphql } from './http';

export type HttpTarget =
  PeerKind | 'ours, { __typename } with a token' | 'ours, { partnerships } without a token (refused)';

/** How the floor is loaded: wrk where it is installed (as the issue measured), else the Node client. */
export type HttpClient = { kind: 'wrk'; path: string; secondsPerRound: number } | { kind: 'node'; requestsPerRound: number };

export function httpClientFor(quick: boolean): HttpClient {
  const path = wrkPath();
  return path ? { kind: 'wrk', path, secondsPerRound: quick ? 3 : 10 } : { kind: 'node', requestsPerRound: quick ? 1000 : 10_000 };
}

export interface HttpFigure {
  target: HttpTarget;
  /** Median of the rounds' rates, requests/s. */
  rate: number;
  /** Median of the rounds' server CPU per request, µs (all the server's threads). */
  cpuMicros: number;
}

const NO_TOKEN = { 'content-type': 'application/json' };

interface Target {
  target: HttpTarget;
  url: string;
  pid: number;
  query: string;
  headers?: Record<string, string>;
  /** Whether an answer is the one expected: a wrong answer would make the figure meaningless. */
  expected: (answer: Awaited<ReturnType<typeof graphql>>) => boolean;
}

/**
 * The HTTP floor beside our server: node:http, bare Fastify and bare NestJS + Mercurius, each in
 * its own process started like ours, loaded in interleaved rounds by one client for all (wrk
 * where installed, else the Node client of W0's trivial query; same connection count). Our server runs as built, on an empty embedded store:
 * neither a trivial query nor a refusal reads any data.
 */
export async function httpPeers(clients: number, client: HttpClient, rounds: number): Promise<HttpFigure[]> {
  const data = BenchData.create('sqlite');
  const started: Array<{ stop(): Promise<void> }> = [];
  try {
    const peers: PeerServer[] = [];
    for (const kind of ['node:http', 'Fastify', 'NestJS + Mercurius'] as const) {
      const peer = await PeerServer.start(kind);
      started.push(peer);
      peers.push(peer);
    }
    const ours = await ServerProcess.start(data);
    started.push(ours);
    const targets: Target[] = [
      ...peers.map((peer) => ({
        target: peer.kind,
        url: peer.url,
        pid: peer.pid,
        query: '{ hello }',
        expected: (a: any) => a.data?.hello === 'world',
      })),
      {
        target: 'ours, { __typename } with a token',
        url: ours.url,
        pid: ours.pid,
        query: '{ __typename }',
        expected: (a: any) => a.data?.__typename === 'Query',
      },
      {
        target: 'ours, { partnerships } without a token (refused)',
        url: ours.url,
        pid: ours.pid,
        query: '{ partnerships { id } }',
        headers: NO_TOKEN,
        expected: (a: any) => a.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && !a.data?.partnerships,
      },
    ];
    // Warm-up: each server's JIT has seen its request before it is timed.
    const warmUp: HttpClient = client.kind === 'wrk' ? { ...client, secondsPerRound: 2 } : { kind: 'node', requestsPerRound: 500 };
    for (const target of targets) await load(target, clients, warmUp);
    const samples = new Map(targets.map((t) => [t.target, { rates: [] as number[], cpu: [] as number[] }]));
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const { rate, cpuMicros } = await load(target, clients, client);
        samples.get(target.target)!.rates.push(rate);
        samples.get(target.target)!.cpu.push(cpuMicros);
      }
    }
    return targets.map(({ target }) => ({
      target,
      rate: median(samples.get(target)!.rates),
      cpuMicros: median(samples.get(target)!.cpu),
    }));
  } finally {
    for (const server of started.reverse()) await server.stop();
    await data.destroy();
  }
}

async function load(target: Target, clients: number, client: HttpClient): Promise<{ rate: number; cpuMicros: number }> {
  return client.kind === 'wrk' ? loadWithWrk(target, clients, client.path, client.secondsPerRound) : loadWithNode(target, clients, client.requestsPerRound);
}

/**
 * wrk does not read the answers, so one answer is checked through the Node client before and
 * after the round, and any non-2xx status or socket error fails the run.
 */
async function loadWithWrk(target: Target, clients: number, wrk: string, seconds: number): Promise<{ rate: number; cpuMicros: number }> {
  await checkAnswer(target);
  const cpuBefore = processCpuNs(target.pid);
  const result = await wrkLoad(wrk, target.url, JSON.stringify({ query: target.query }), target.headers ?? benchHeaders(), clients, seconds);
  const cpuMicros = cpuMicrosPerRequest(cpuBefore, processCpuNs(target.pid), result.requests);
  if (result.non2xx > 0 || result.socketErrors > 0)
    throw new Error(`${target.target}: wrk saw ${result.non2xx} non-2xx answers and ${result.socketErrors} socket errors`);
  await checkAnswer(target);
  return { rate: result.requests / result.seconds, cpuMicros };
}

async function checkAnswer(target: Target): Promise<void> {
  const answer = await graphql(target.url, target.query, undefined, target.headers);
  if (!target.expected(answer)) throw new Error(`${target.target}: not the expected answer: ${JSON.stringify(answer)}`);
}

async function loadWithNode(target: Target, clients: number, requests: number): Promise<{ rate: number; cpuMicros: number }> {
  let unexpected = 0;
  let example: unknown;
  const cpuBefore = processCpuNs(target.pid);
  const { ms } = await runConcurrently(clients, requests, async () => {
    const answer = await graphql(target.url, target.query, undefined, target.headers);
    if (!target.expected(answer)) {
      unexpected++;
      example = answer;
    }
  });
  const cpuMicros = cpuMicrosPerRequest(cpuBefore, processCpuNs(target.pid), requests);
  if (unexpected > 0)
    throw new Error(
      `${target.target}: ${unexpected} of ${requests} answers were not the expected one, e.g. ${JSON.stringify(example)}`,
    );
  return { rate: ratePerSecond(requests, ms), cpuMicros };
}
