/// <reference lib="dom" />
import { sessionHeaders, signOut } from './session';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A GraphQL error as the API reports it: extensions.code, the input field when there is one,
 * and every wrong field (extensions.fields when several, else the one field).
 */
export class ApiError extends Error {
  readonly fields: FieldProblem[];
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    fields?: FieldProblem[],
  ) {
    super(message);
    this.fields = fields ?? (field ? [{ field, message }] : []);
  }
}

/** Called when the server does not accept the token: the app goes back to the sign-in view. */
let onUnauthenticated: (message: string) => void = () => undefined;
export function whenUnauthenticated(handler: (message: string) => void): void {
  onUnauthenticated = handler;
}

interface Answer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; fields?: FieldProblem[] } }>;
}

/**
 * Every request carries the pasted bearer token, or the session cookie and its CSRF token; the first error of an answer is thrown as an ApiError.
 * T and V are the answer and variables types generated for the query (generated/graphql-types.ts).
 */
export async function gql<T, V extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables?: V,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...sessionHeaders() },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  let answer: Answer<T>;
  try {
    answer = (await response.json()) as Answer<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a readable body`, 'INTERNAL_SERVER_ERROR');
  }
  const first = answer.errors?.[0];
  const code = first?.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : undefined);
  if (code === 'UNAUTHENTICATED') {
    signOut();
    onUnauthenticated(first?.message ?? 'Please sign in');
  }
  if (first || !answer.data) {
    throw new ApiError(first?.message ?? `The server answered ${response.status}`, code ?? 'INTERNAL_SERVER_ERROR', first?.extensions?.field, first?.extensions?.fields);
  }
  return answer.data;
}
