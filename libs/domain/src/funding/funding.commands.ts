import type { DomainCommand } from '../shared/event';

/** Facts about a partnership the handler loads; decide checks them. */
export type FundedPartnershipFacts = { partnershipId: string; exists: boolean };

/** Facts about the action money is allocated to, loaded by the handler from the action's stream. */
export type FundedActionFacts = {
  actionId: string;
  exists: boolean;
  partnershipId: string;
  financialYear: string;
  status: 'open' | 'completed' | 'cancelled';
};

export type RegisterFundingSource = DomainCommand<
  'RegisterFundingSource',
  {
    fundingSourceId: string;
    name: string;
    funder: FundedPartnershipFacts;
    recipient: FundedPartnershipFacts;
    financialYear: string;
    amount: number;
  }
>;

export type AllocateFunding = DomainCommand<
  'AllocateFunding',
  { fundingSourceId: string; action: FundedActionFacts; amount: number }
>;

export type RecordFundingSpend = DomainCommand<
  'RecordFundingSpend',
  { fundingSourceId: string; actionId: string; quarter: string; amount: number }
>;

export type FundingCommand = RegisterFundingSource | AllocateFunding | RecordFundingSpend;
