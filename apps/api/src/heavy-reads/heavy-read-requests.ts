import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/request-auth';

/**
 * The request a heavy read is made for, so the per-user limit applies wherever a read scope is
 * asked for (every as-of resolver, the board-pack route) without threading the request through.
 */
const requests = new AsyncLocalStorage<object>();

/** Registers the hook that makes the request known; preHandler: after the token is verified and the body read. */
export function trackHeavyReadRequests(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => requests.run(request, done));
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
