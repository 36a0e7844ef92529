import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error a resolver throws straight to GraphQL, where the error formatter maps it to
 * one extensions.code and logs only our own failures. Without this Nest logs each client error
 * (a stale version, a bad quarter) as a server ERROR.
 */
@Catch()
export class PassErrorsToGraphQLFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
