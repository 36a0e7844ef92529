import type { DomainEvent } from '../shared/event';

/**
 * Money one partnership (usually the Police and Crime Commissioner) gives another for a financial
 * year, e.g. the PCC's Partnership Locality Fund: 239,000 GBP to Leicester in 2017/18. Amounts
 * are pounds with at most 2 decimal places.
 */
export type FundingSourceRegistered = DomainEvent<
  'FundingSourceRegistered',
  {
    fundingSourceId: string;
    name: string;
    funderPartnershipId: string;
    recipientPartnershipId: string;
    financialYear: string; // "2017/18"
    amount: number;
  }
>;

/** Part of the source set against one action of the recipient's plan; adds to earlier allocations. */
export type FundingAllocated = DomainEvent<
  'FundingAllocated',
  { fundingSourceId: string; actionId: string; amount: number }
>;

/** Money spent on an action from its allocation, reported for a quarter of the source's year. */
export type FundingSpendRecorded = DomainEvent<
  'FundingSpendRecorded',
  { fundingSourceId: string; actionId: string; quarter: string; amount: number }
>;

export type FundingEvent = FundingSourceRegistered | FundingAllocated | FundingSpendRecorded;
