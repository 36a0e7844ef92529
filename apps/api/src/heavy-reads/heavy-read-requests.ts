import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/request-auth';

/**
 * The request a heavy read is made for, so the per-user limit applies wherever a read scope is
 * asked for (every as-of resolver, the board-pack route) without threading the request through.
 */
const currentRequest = new AsyncLocalStorage<unknown>();

/** Registers the hook that makes the request known; preHandler: after the token is verified and the body read. */
export function trackHeavyReadRequests(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => currentRequest.run(request, done));
}

/** Whose allowance a heavy read counts against: the verified user, else the client address, else the server itself (demo, CLI). */
export function currentReader(): string {
  const request = currentRequest.getStore();
  if (request === undefined) return 'server';
  const principal = principalOf(request);
  return principal ? `user:${principal.sub}` : `ip:${(request as { ip?: string }).ip ?? 'unknown'}`;
}
