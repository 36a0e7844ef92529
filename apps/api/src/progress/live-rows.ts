import type { ReadScope } from '../graphql/read-scope';

/**
 * GraphQL rows made from a live answer, kept beside that answer (issue 15, ADR 0022). The read
 * model hands out the same all-partnership or county answer array until its position moves
 * (progress-answers.ts), so the rows made from it are reused exactly as long as the answer is:
 * keyed by the array itself, they go when it does. Only live scopes share: a live scope is its
 * queries and today's date, both part of the answer's identity, and nothing of the reader, whose
 * nested read policy is decided afresh in each request's field resolvers. An as-of scope always
 * makes its own rows.
 */
const rowsOfAnswer = new WeakMap<readonly object[], readonly object[]>();

export function liveRows<View extends object, Row extends object>(answer: readonly View[], scope: ReadScope, toRow: (view: View) => Row): Row[] {
  if (scope.asOf !== null) return answer.map(toRow);
  const kept = rowsOfAnswer.get(answer);
  if (kept) return kept as Row[];
  const rows = answer.map(toRow);
  rowsOfAnswer.set(answer, rows);
  return rows;
}
