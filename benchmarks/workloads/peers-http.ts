import { BenchData } from '../lib/bench-app';
import { ratePerSecond, runConcurrently } from '../lib/measure';
import { cpuMicrosPerRequest, median, processCpuNs } from '../lib/process-cpu';
import { ServerProcess } from '../lib/server-process';
import { type PeerKind, PeerServer } from '../peers/peer-server';
import { graphql } from './http';

export type HttpTarget =
  PeerKind | 'ours, { __typename } with a token' | 'ours, { partnerships } without a token (refused)';

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
 * its own process started like ours, loaded by the same client as W0's trivial query (same
 * client count), in interleaved rounds. Our server runs as built, on an empty embedded store:
 * neither a trivial query nor a refusal reads any data.
 */
export async function httpPeers(clients: number, requests: number, rounds: number): Promise<HttpFigure[]> {
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
    for (const target of targets) await load(target, clients, Math.min(requests, 500));
    const samples = new Map(targets.map((t) => [t.target, { rates: [] as number[], cpu: [] as number[] }]));
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const { rate, cpuMicros } = await load(target, clients, requests);
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

async function load(target: Target, clients: number, requests: number): Promise<{ rate: number; cpuMicros: number }> {
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
