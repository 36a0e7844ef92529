/// <reference lib="dom" />
import { useState } from 'preact/hooks';
import { ApiError, gql } from './api';
import { mutation, type MutationName } from './queries';

export interface WriteState {
  busy: boolean;
  /** Server validation messages by input field (extensions.field). */
  fieldErrors: Record<string, string>;
  /** An error that belongs to no single field (CONFLICT, FORBIDDEN, ...). */
  error: ApiError | null;
  done: string | null;
}

/** Sends one mutation and sorts its error onto the field it names, or onto the form. */
export function useWrite() {
  const [state, setState] = useState<WriteState>({ busy: false, fieldErrors: {}, error: null, done: null });
  async function run<T = unknown>(name: MutationName, input: Record<string, unknown>, doneMessage: string): Promise<T | null> {
    setState({ busy: true, fieldErrors: {}, error: null, done: null });
    try {
      const data = await gql<Record<string, T>>(mutation(name), { input });
      setState({ busy: false, fieldErrors: {}, error: null, done: doneMessage });
      return data[name];
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      const onField = apiError.code === 'BAD_USER_INPUT' && apiError.field && apiError.field !== 'expectedVersion';
      setState({
        busy: false,
        fieldErrors: onField ? { [apiError.field as string]: apiError.message } : {},
        error: onField ? null : apiError,
        done: null,
      });
      return null;
    }
  }
  return { ...state, run };
}

export const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;
