import type { PartnershipView } from '@saferplan/projections';
import type { ReadScopes } from '../graphql/read-scopes';
import { type Scoped, scoped } from '../graphql/read-scope';

/** What a partnership mutation answers with: the partnership as the live read model now shows it. */
export function livePartnership(readScopes: ReadScopes, partnershipId: string): Scoped<PartnershipView> {
  const scope = readScopes.live();
  return scoped(scope.queries.partnership(partnershipId)!, scope);
}
