import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../auth/request-auth';
import { HEAVY_READ_NAMES } from './heavy-read-names';

/**
 * The request a heavy read is made for, so the per-user limit applies wherever a read scope is
 * asked for (every as-of resolver, the board-pack route) without threading the request through.
 *
 * On Node 20 an enabled AsyncLocalStorage installs promise hooks that every promise of the
 * process pays for (about 8% of an authenticated trivial query's CPU, docs/benchmarks.md). So it is
 * entered only for requests that may make a heavy read, and disabled again when none of them is
 * being answered.
 */
const requests = new AsyncLocalStorage<object>();

/**
 * Whether a request may make a heavy read: a board pack, or a GraphQL document that names a
 * replay or a verification (HEAVY_READ_NAMES): argument and field names are always written out
 * in the document, never given by variables. A body of another shape is taken as heavy.
 */
export function mayReadHeavily(request: Pick<FastifyRequest, 'url' | 'body'>): boolean {
  if (request.url.startsWith('/board-packs')) return true;
  if (!request.url.startsWith('/graphql')) return false;
  const query = (request.body as { query?: unknown } | null | undefined)?.query;
  return typeof query !== 'string' || HEAVY_READ_NAMES.some((name) => query.includes(name));
}

/** Replies of requests answered inside the storage: released once each, at onSend. */
const answering = new WeakSet<object>();
let inFlight = 0;

/** Registers the hooks that make the request known; preHandler: after the token is verified and the body read. */
export function trackHeavyReadRequests(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (!mayReadHeavily(request)) return done();
    answering.add(reply);
    inFlight++;
    requests.run(request, done);
  });
  // onSend: the answer is made, so no resolver of this request runs any more.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (answering.delete(reply) && --inFlight === 0) requests.disable();
    done(null, payload);
  });
}

/** The request being answered, if any (the demo loader and the CLI have none). */
export function currentRequest(): object | undefined {
  return requests.getStore();
}

/** Whose allowance a heavy read counts against: the verified user, else the client address, else the server itself (demo, CLI). */
export function readerOf(request: object | undefined): string {
  if (request === undefined) return 'server';
  const principal = principalOf(request);
  return principal ? `user:${principal.sub}` : `ip:${(request as { ip?: string }).ip ?? 'unknown'}`;
}
