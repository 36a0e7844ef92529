/** Funding as the read side hands it out: what each source gave, allocated and saw spent. */
export interface FundingSpendView {
  quarter: string; // "2017/18 Q2"
  amount: number; // pounds spent in that quarter (all records for the quarter added up)
}

export interface FundingAllocationView {
  actionId: string;
  allocated: number;
  spent: number;
  spendByQuarter: FundingSpendView[]; // in quarter order
}

export interface FundingSourceView {
  id: string;
  name: string;
  funderPartnershipId: string;
  recipientPartnershipId: string;
  financialYear: string;
  amount: number;
  allocated: number;
  spent: number;
  allocations: FundingAllocationView[]; // in the order actions first received money
  version: number; // events in the source's stream
  /** Global position of the registration: sources are listed in this order. */
  registeredPosition: number;
}

export interface FundingQueries {
  fundingSource(id: string): FundingSourceView | undefined;
  /** Sources given to or by the partnership (either side), registration order. */
  fundingSources(filter: { partnershipId?: string; financialYear?: string }): FundingSourceView[];
}
