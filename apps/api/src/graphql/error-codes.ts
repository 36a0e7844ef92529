import { GraphQLError } from 'graphql';
import { SaferPlanError } from '@saferplan/domain';
import { CommandAlreadyRecordedError, CommandIdReusedError, StorageFullError, WrongExpectedRevisionError } from '@saferplan/event-store/event-store.port';
import { RecordBusyError } from '../common/aggregate-repository';
import { HeavyReadsBusyError } from '../heavy-reads/heavy-reads-busy.error';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RECORD_BUSY'
  | 'STORAGE_FULL'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface ClientError {
  code: ErrorCode;
  message: string;
  field?: string;
}

const CODE_BY_KIND: Record<SaferPlanError['kind'], ErrorCode> = {
  invalid: 'BAD_USER_INPUT',
  'not-found': 'NOT_FOUND',
  conflict: 'CONFLICT',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
};

/**
 * The one mapping from anything thrown while answering a request to what the client sees.
 * Unknown errors never leak their message: they are logged and reported as internal.
 */
export function classifyError(error: unknown): ClientError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof SaferPlanError) {
    const field = 'field' in original ? (original.field as string | undefined) : undefined;
    return { code: CODE_BY_KIND[original.kind], message: original.message, ...(field ? { field } : {}) };
  }
  if (original instanceof WrongExpectedRevisionError) {
    return { code: 'CONFLICT', message: 'This record was changed by someone else; reload it and try again', field: 'expectedVersion' };
  }
  if (original instanceof RecordBusyError) {
    return { code: 'RECORD_BUSY', message: original.message };
  }
  if (original instanceof HeavyReadsBusyError) {
    return { code: 'RATE_LIMITED', message: original.message };
  }
  if (original instanceof StorageFullError) {
    return { code: 'STORAGE_FULL', message: original.message };
  }
  if (original instanceof CommandIdReusedError || original instanceof CommandAlreadyRecordedError) {
    return { code: 'CONFLICT', message: original.message, field: 'commandId' };
  }
  // What is left from graphql-js itself (syntax, unknown fields, type coercion) is the client's;
  // anything else a resolver threw is ours.
  if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
    const field = fieldNamedIn(error.message);
    return { code: 'BAD_USER_INPUT', message: error.message, ...(field ? { field } : {}) };
  }
  return internal();
}

function internal(): ClientError {
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side; it has been logged' };
}

/** The innermost field a graphql-js message points at, e.g. `at "input.percentComplete"` -> percentComplete. */
export function fieldNamedIn(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1].split('.').pop()!.replace(/\[\d+\]$/, '');
  const field = /[Ff]ield "(?:[^".]+\.)?([^".]+)"/.exec(message);
  if (field) return field[1];
  const argument = /[Aa]rgument "(?:[^".]+\.)?([^".]+)"/.exec(message);
  return argument?.[1];
}
