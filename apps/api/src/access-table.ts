import type { PlanQueries } from '@saferplan/projections';
import { type AccessDecision, type AccessTable, type Caller, decideAccessIn, OPERATION_ACCESS } from './auth/access-policy';
import { USE_CASES } from './use-cases';

/**
 * THE access policy: every GraphQL query and mutation (and HTTP route) by name, put together from
 * the operations' rules and each use case's own. A name in both would hide one of two rules, so
 * it stops start-up instead.
 */
export const ACCESS_POLICY: AccessTable = assemble();

function assemble(): AccessTable {
  const table = { ...OPERATION_ACCESS };
  for (const useCase of USE_CASES) {
    if (Object.hasOwn(table, useCase.mutation)) throw new Error(`${useCase.mutation} has two access rules`);
    table[useCase.mutation] = useCase.access;
  }
  return table;
}

/** Decides one call against THE policy; pure, so the role matrix spec runs without a server. */
export function decideAccess(
  operation: string,
  principal: Caller,
  args: Record<string, any>,
  live: PlanQueries,
): AccessDecision {
  return decideAccessIn(ACCESS_POLICY, operation, principal, args, live);
}
