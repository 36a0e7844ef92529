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
let answering = 0;

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

/** Registers the hooks that make the request known; preHandler: after the token is verified and the body read. */
export function trackHeavyReadRequests(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (!mayReadHeavily(request)) return done();
    answering++;
    let released = false;
    // onSend: the answer is made, so no resolver of this request runs any more.
    const finished = () => {
      if (released) return;
      released = true;
      if (--answering === 0) requests.disable();
    };
    (reply as unknown as { [FINISHED]?: () => void })[FINISHED] = finished;
    requests.run(request, done);
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    (reply as unknown as { [FINISHED]?: () => void })[FINISHED]?.();
    done(null, payload);
  });
}

const FINISHED = Symbol('heavy read request finished');

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
