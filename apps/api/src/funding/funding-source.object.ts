import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FundingSpend', { description: 'Money spent from an allocation in one quarter' })
export class FundingSpendObject {
  @Field() quarter: string;
  @Field(() => Float) amount: number;
}

@ObjectType('FundingAllocation', { description: 'What one action has from a source, and what it has spent of it' })
export class FundingAllocationObject {
  @Field(() => ID) actionId: string;
  @Field(() => Float) allocated: number;
  @Field(() => Float) spent: number;
  @Field(() => [FundingSpendObject]) spendByQuarter: FundingSpendObject[];
}

@ObjectType('FundingSource', { description: "Money one partnership gives another for a year, e.g. the PCC's Partnership Locality Fund" })
export class FundingSourceObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) funderPartnershipId: string;
  @Field(() => ID) recipientPartnershipId: string;
  @Field() financialYear: string;
  @Field(() => Float, { description: 'GBP given' }) amount: number;
  @Field(() => Float, { description: 'GBP allocated to actions' }) allocated: number;
  @Field(() => Float, { description: 'GBP not yet allocated' }) unallocated: number;
  @Field(() => Float, { description: 'GBP spent' }) spent: number;
  @Field(() => [FundingAllocationObject]) allocations: FundingAllocationObject[];
  @Field(() => Int) version: number;
}
