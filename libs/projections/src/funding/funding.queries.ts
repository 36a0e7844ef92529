import type { FundingView } from './funding.projection';
import type { FundingSourceView } from './funding-views';

/** Every source, in registration order. */
export function allFundingSources(view: FundingView): FundingSourceView[] {
  return [...view.byId.values()].sort((a, b) => a.registeredPosition - b.registeredPosition);
}

/** Sources given to or by the partnership (either side), registration order. */
export function fundingSources(view: FundingView, filter: { partnershipId?: string; financialYear?: string }): FundingSourceView[] {
  return allFundingSources(view).filter(
    (source) =>
      (!filter.partnershipId || source.recipientPartnershipId === filter.partnershipId || source.funderPartnershipId === filter.partnershipId) &&
      (!filter.financialYear || source.financialYear === filter.financialYear),
  );
}
