/// <reference lib="dom" />
import { useState } from 'preact/hooks';
import { ApiError, gql } from './api';
import { PEOPLE_MUTATIONS } from './people-queries';
import type { WriteState } from './write';

type PeopleMutation = keyof typeof PEOPLE_MUTATIONS;

/** Like useWrite, for the people pages' mutations: an error naming a field goes on that field. */
export function usePeopleWrite() {
  const [state, setState] = useState<WriteState>({ busy: false, fieldErrors: {}, error: null, done: null });
  async function run<T = unknown>(name: PeopleMutation, input: Record<string, unknown>, doneMessage: string): Promise<T | null> {
    setState({ busy: true, fieldErrors: {}, error: null, done: null });
    try {
      const data = await gql<Record<string, T>>(PEOPLE_MUTATIONS[name], { input });
      setState({ busy: false, fieldErrors: {}, error: null, done: doneMessage });
      return data[name];
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      const onField = apiError.code === 'BAD_USER_INPUT' && !!apiError.field;
      setState({ busy: false, fieldErrors: onField ? { [apiError.field as string]: apiError.message } : {}, error: onField ? null : apiError, done: null });
      return null;
    }
  }
  return { ...state, run };
}
