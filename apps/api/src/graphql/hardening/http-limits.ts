import { AnsweredBeforeExecution, SerialisedAnswer } from '../refuse-unsigned';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { formatGraphQLErrors } from '../error-formatter';
import { principalOf } from '../../auth/request-auth';

/** extensions.code of a request refused for coming too often (HTTP 429). */
export const RATE_LIMITED = 'RATE_LIMITED';
/** extensions.code of a request body over the size limit (HTTP 413). */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

/** Thrown by the rate limiter; answered by the error handler below in the GraphQL error shape. */
class RateLimitedError extends Error {
  readonly statusCode = 429;
  readonly code = RATE_LIMITED;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s`);
  }
}

/**
 * Per-user rate limit (the verified token's sub, else the client's IP address), counted after
 * authentication so one user cannot spend another's allowance. Registered before routes.
 */
export async function registerRateLimit(fastify: FastifyInstance, perMinute: number): Promise<void> {
  await fastify.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => {
      const principal = principalOf(request);
      return principal ? `user:${principal.sub}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
}

/** A body GraphQL is not read from (a form, plain text ...); refused before it is parsed. */
class UnsupportedBodyError extends Error {
  readonly statusCode = 415;
  constructor(contentType: string) {
    super(`A GraphQL request is sent as application/json (or application/graphql), not ${contentType || 'a body without a content type'}`);
  }
}

const GRAPHQL_BODIES = ['application/json', 'application/graphql'];

/**
 * Only JSON and GraphQL bodies reach the GraphQL route: the framework would also parse forms,
 * which no client of ours sends and which a browser can post from any site.
 */
export function refuseOtherBodies(fastify: FastifyInstance, path: string): void {
  fastify.addHook('onRequest', async (request) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== path) return;
    const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!GRAPHQL_BODIES.includes(contentType)) throw new UnsupportedBodyError(contentType);
  });
}

/**
 * Errors Fastify or mercurius raise before a resolver runs (oversize, malformed or missing body,
 * rate limit) answered in the GraphQL error shape every client already reads, with the matching
 * HTTP status.
 */
export async function graphQLShapedHttpError(
  error: Error & Partial<Pick<FastifyError, 'code' | 'statusCode'>>,
  reply: FastifyReply,
): Promise<FastifyReply | null> {
  if (error instanceof RateLimitedError) {
    return reply
      .code(429)
      .header('retry-after', String(error.retryAfterSeconds))
      .send({ errors: [{ message: error.message, extensions: { code: RATE_LIMITED, retryAfterSeconds: error.retryAfterSeconds } }] });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return reply.code(413).send({ errors: [{ message: 'Request body is too large: at most 1 MB is accepted', extensions: { code: PAYLOAD_TOO_LARGE } }] });
  }
  if (error instanceof UnsupportedBodyError) {
    return reply.code(415).send({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
  }
  if (error.code === 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND') {
    return reply.code(400).send({ errors: [{ message: 'The request has no query: send {"query": "..."} with the GraphQL text', extensions: { code: 'BAD_USER_INPUT' } }] });
  }
  const status = error.statusCode ?? 500;
  if (/^(FST_|MER_ERR_)/.test(error.code ?? '') && status >= 400 && status < 500 && !(error as { errors?: unknown }).errors) {
    return reply.code(status).send({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
  }
  return null;
}

/**
 * The server's one Fastify error handler (given to mercurius as `errorHandler`, which installs it
 * at the root): limits answered above, anything else through the GraphQL error formatter.
 */
export async function answerHttpError(error: Error, _request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (error instanceof AnsweredBeforeExecution) {
    if (error.response instanceof SerialisedAnswer) return void (await reply.code(error.statusCode).type(SerialisedAnswer.CONTENT_TYPE).send(error.response.body));
    return void (await reply.code(error.statusCode).send(error.response));
  }
  if (await graphQLShapedHttpError(error, reply)) return;
  const graphQLError = error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
  const { statusCode, response } = formatGraphQLErrors({ errors: [graphQLError] });
  await reply.code(statusCode).send(response);
}
