import { type ArgumentsHost, Catch } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { SaferPlanError } from '@saferplan/domain';

/**
 * Hands every error a resolver throws straight to GraphQL, where the error formatter maps it to
 * one extensions.code and logs only our own failures. Without this Nest logs each client error
 * (a stale version, a bad quarter) as a server ERROR.
 */
@Catch()
export class PassErrorsToGraphQLFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (!(exception instanceof SaferPlanError) || host.getType<string>() !== 'graphql') return exception;
    return locatedWithoutTrace(exception, GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo>());
  }
}

/**
 * Our typed error already placed at its field, as graphql-js would place it, but with no stack
 * trace: graphql-js's own GraphQLError captures ten frames and formats them, which was the
 * largest part of a refused request's cost (issue 15). graphql-js passes a located error on as is.
 */
function locatedWithoutTrace(error: SaferPlanError, info: GraphQLResolveInfo): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(error.message, { nodes: info.fieldNodes, path: responsePathAsArray(info.path), originalError: error });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
