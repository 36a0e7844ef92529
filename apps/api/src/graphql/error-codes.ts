import { GraphQLError } from 'graphql';
import { fieldLabel, InvalidInputError, messageInWords, SaferPlanError, type FieldProblem } from '@saferplan/domain';
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
  /** Every input field found wrong (BAD_USER_INPUT), each with its message in words. */
  fields?: FieldProblem[];
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
  if (original instanceof InvalidInputError) {
    const fields = original.problems.map((problem) => ({ field: problem.field, message: messageInWords(problem.message, problem.field) }));
    return { code: 'BAD_USER_INPUT', message: fields[0].message, field: original.field, fields };
  }
  if (original instanceof SaferPlanError) {
    const field = 'field' in original ? (original.field as string | undefined) : undefined;
    return { code: CODE_BY_KIND[original.kind], message: messageInWords(original.message, field), ...(field ? { field } : {}) };
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
    if (!field) return { code: 'BAD_USER_INPUT', message: error.message };
    // Only a variable's value is a person's typing; a query's shape is a developer's, told as graphql-js words it.
    const message = error.message.startsWith('Variable "$') ? coercionInWords(error.message, field) : error.message;
    return { code: 'BAD_USER_INPUT', message, field, fields: [{ field, message }] };
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

/**
 * graphql-js's own coercion messages (`Variable "$input" got invalid value 45.5 at
 * "input.percentComplete"; Int cannot represent non-integer value: 45.5`) told in the field's
 * words, so a form never shows GraphQL's text; anything unrecognised still names the field.
 */
export function coercionInWords(message: string, field: string): string {
  const label = fieldLabel(field);
  if (/of required type "[^"]+!" was not provided|must not be null/.test(message)) return `${label} is required`;
  if (/Int cannot represent/.test(message)) return `${label} must be a whole number`;
  if (/Float cannot represent/.test(message)) return `${label} must be a number`;
  if (/String cannot represent/.test(message)) return `${label} must be text`;
  if (/Boolean cannot represent/.test(message)) return `${label} must be yes or no`;
  if (/ID cannot represent/.test(message)) return `${label} must be an id`;
  if (/Value "[^"]*" does not exist in "[^"]+" enum|Enum "[^"]+" cannot represent/.test(message)) return `${label} is not one of the choices offered`;
  if (/is not defined by type/.test(message)) return `${label} is not a field this form takes`;
  const scalar = /; (.*)$/.exec(message)?.[1];
  return scalar && !/"\$|\binput\b/.test(scalar) ? `${label}: ${scalar}` : `${label} is not valid`;
}
