/// <reference lib="dom" />
import { useState } from 'preact/hooks';
import { ApiError, gql } from './api';
import { mutation, type MutationName } from './queries';

export interface WriteState {
  busy: boolean;
  /** Messages by input field: the form's own checks, or the server's (extensions.fields). */
  fieldErrors: Record<string, string>;
  /** An error that belongs to no single field (CONFLICT, FORBIDDEN, ...). */
  error: ApiError | null;
  done: string | null;
  /** Bumped on every refusal, so the error summary takes focus again even when the words repeat. */
  attempt: number;
}

/** Fields the person never typed: a stale version is a conflict to explain, not a field to fix. */
const NOT_TYPED = new Set(['expectedVersion', 'commandId']);

/**
 * Sends one mutation and sorts its errors onto the fields they name, or onto the form. `refuse`
 * shows the form's own checks the same way without sending anything: bad input never writes.
 */
export function useWrite<Name extends string = MutationName>(documentOf: (name: Name) => string = mutation as (name: Name) => string) {
  const [state, setState] = useState<WriteState>({ busy: false, fieldErrors: {}, error: null, done: null, attempt: 0 });
  function refuse(fieldErrors: Record<string, string>): boolean {
    if (Object.keys(fieldErrors).length === 0) return false;
    setState((s) => ({ busy: false, fieldErrors, error: null, done: null, attempt: s.attempt + 1 }));
    return true;
  }
  async function run<T = unknown>(name: Name, input: Record<string, unknown>, doneMessage: string): Promise<T | null> {
    setState((s) => ({ ...s, busy: true, error: null, done: null }));
    try {
      const data = await gql<Record<string, T>>(documentOf(name), { input });
      setState((s) => ({ busy: false, fieldErrors: {}, error: null, done: doneMessage, attempt: s.attempt }));
      return data[name];
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      const onFields = apiError.code === 'BAD_USER_INPUT' ? apiError.fields.filter((f) => !NOT_TYPED.has(f.field.split('.').pop()!)) : [];
      const fieldErrors = Object.fromEntries(onFields.map((f) => [f.field.split('.').pop()!, f.message]));
      setState((s) => ({ busy: false, fieldErrors, error: onFields.length > 0 ? null : apiError, done: null, attempt: s.attempt + 1 }));
      return null;
    }
  }
  return { ...state, run, refuse };
}

export type Write = ReturnType<typeof useWrite<MutationName>>;

export const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;
