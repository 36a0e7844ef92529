import { ForbiddenError } from '@saferplan/domain';
import { decideNestedRead, type NestedFieldRefusing } from './access-policy';
import { requirePrincipal } from './request-auth';

/** What a field resolver is handed as @Context(): the request the principal was verified on. */
type WithRequest = { req?: unknown };

/**
 * The field resolvers' side of NESTED_READ_POLICY (access-policy.ts), as AccessGuard is the
 * operations' side: the caller comes from the request, the decision from the policy.
 */

/** FORBIDDEN, with the policy's reason, unless the caller may read this partnership's plan details. */
export function assertNestedRead(field: NestedFieldRefusing<'forbidden'>, context: WithRequest, partnershipId: string): void {
  const decision = decideNestedRead(field, requirePrincipal(context.req), partnershipId);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/** The records of a list the caller may read; the others are left out. */
export function readableOnly<T>(field: NestedFieldRefusing<'leftOut'>, context: WithRequest, records: T[], partnershipOf: (record: T) => string): T[] {
  const principal = requirePrincipal(context.req);
  return records.filter((record) => decideNestedRead(field, principal, partnershipOf(record)).allowed);
}
