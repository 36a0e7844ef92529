import { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { classifyError } from './error-codes';

const logger = new Logger('GraphQL');

/** Mercurius reports a request that fails validation as one error holding the real ones. */
function unwrapRequestErrors(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(inner) ? inner.map((each) => (each instanceof GraphQLError ? each : new GraphQLError(String(each?.message ?? each)))) : [error];
}

type FormattedResponse = { statusCode: number; response: ExecutionResult };

/**
 * Mercurius calls this for every answer that carries errors. Each error gets exactly one
 * extensions.code (and the offending field when known); internal errors are logged, not shown.
 */
export function formatGraphQLErrors(execution: ExecutionResult & { errors: readonly GraphQLError[] }): FormattedResponse {
  // The answered errors are plain words: a stack trace for each would only cost time (issue 15).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return formatted(execution);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function formatted(execution: ExecutionResult & { errors: readonly GraphQLError[] }): FormattedResponse {
  let internal = false;
  let rateLimited = false;
  const errors = execution.errors.flatMap(unwrapRequestErrors).map((error) => {
    const classified = classifyError(error);
    if (classified.code === 'RATE_LIMITED') rateLimited = true;
    if (classified.code === 'INTERNAL_SERVER_ERROR') {
      internal = true;
      const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
    }
    // extensions.fields lists every field when several are wrong; one wrong field is `field` alone,
    // the shape every client already reads.
    const several = classified.fields && classified.fields.length > 1 ? { fields: classified.fields } : {};
    const extensions = { code: classified.code, ...(classified.field ? { field: classified.field } : {}), ...several };
    return new GraphQLError(classified.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions,
    });
  });
  // A refused heavy read is 429 like the request rate limit, so clients back off the same way.
  const statusCode = internal ? 500 : rateLimited ? 429 : execution.data === undefined ? 400 : 200;
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
