import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError, parseFinancialYear } from '@saferplan/domain';
import type { ActionView, FundingAllocationView, FundingSourceView, PartnershipView } from '@saferplan/projections';
import { ReadScopes } from '../common/read-scopes';
import { commandOptions, type GraphQLContext } from '../common/request-context';
import { asOfArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { PartnershipObject } from '../partnerships/partnership.object';
import { ActionObject } from '../actions/action.object';
import { FundingAllocationObject, FundingSourceObject } from './funding-source.object';
import { RegisterFundingSourceCommand } from './register-funding-source/register-funding-source.handler';
import { RegisterFundingSourceInput } from './register-funding-source/register-funding-source.input';
import { AllocateFundingCommand } from './allocate-funding/allocate-funding.handler';
import { AllocateFundingInput } from './allocate-funding/allocate-funding.input';
import { RecordFundingSpendCommand } from './record-funding-spend/record-funding-spend.handler';
import { RecordFundingSpendInput } from './record-funding-spend/record-funding-spend.input';

type FundingSourceAnswer = Scoped<FundingSourceView & { unallocated: number }>;

@Resolver(() => FundingSourceObject)
export class FundingSourceResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly readScopes: ReadScopes,
  ) {}

  @Query(() => [FundingSourceObject], { description: 'Sources given to or by the partnership; allocated against spent' })
  async fundingSources(
    @Args('partnershipId', { type: () => ID, nullable: true }) partnershipId?: string | null,
    @Args('financialYear', { type: () => String, nullable: true }) financialYear?: string | null,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<FundingSourceAnswer[]> {
    if (financialYear != null) parseFinancialYear(financialYear, 'financialYear');
    const scope = await this.readScopes.resolve(asOf);
    const sources = scope.queries.fundingSources({ partnershipId: partnershipId ?? undefined, financialYear: financialYear ?? undefined });
    return sources.map((source) => scoped(withUnallocated(source), scope));
  }

  @Query(() => FundingSourceObject, { nullable: true })
  async fundingSource(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<FundingSourceAnswer | null> {
    const scope = await this.readScopes.resolve(asOf);
    const source = scope.queries.fundingSource(id);
    return source ? scoped(withUnallocated(source), scope) : null;
  }

  @Mutation(() => FundingSourceObject)
  async registerFundingSource(@Args('input') input: RegisterFundingSourceInput, @Context() context: GraphQLContext) {
    return this.live(await this.commandBus.execute(new RegisterFundingSourceCommand(input, commandOptions(input, context))));
  }

  @Mutation(() => FundingSourceObject)
  async allocateFunding(@Args('input') input: AllocateFundingInput, @Context() context: GraphQLContext) {
    return this.live(await this.commandBus.execute(new AllocateFundingCommand(input, commandOptions(input, context))));
  }

  @Mutation(() => FundingSourceObject)
  async recordFundingSpend(@Args('input') input: RecordFundingSpendInput, @Context() context: GraphQLContext) {
    return this.live(await this.commandBus.execute(new RecordFundingSpendCommand(input, commandOptions(input, context))));
  }

  @ResolveField(() => PartnershipObject)
  funder(@Parent() source: FundingSourceAnswer): Scoped<PartnershipView> {
    const scope = scopeOf(source);
    return scoped(scope.queries.partnership(source.funderPartnershipId)!, scope);
  }

  @ResolveField(() => PartnershipObject)
  recipient(@Parent() source: FundingSourceAnswer): Scoped<PartnershipView> {
    const scope = scopeOf(source);
    return scoped(scope.queries.partnership(source.recipientPartnershipId)!, scope);
  }

  @ResolveField(() => [FundingAllocationObject])
  allocations(@Parent() source: FundingSourceAnswer): Scoped<FundingAllocationView>[] {
    const scope = scopeOf(source);
    return source.allocations.map((allocation) => scoped(allocation, scope));
  }

  private live(fundingSourceId: string): FundingSourceAnswer {
    const scope = this.readScopes.live();
    const source = scope.queries.fundingSource(fundingSourceId);
    if (!source) throw new NotFoundError('FundingSource', fundingSourceId);
    return scoped(withUnallocated(source), scope);
  }
}

@Resolver(() => FundingAllocationObject)
export class FundingAllocationResolver {
  @ResolveField(() => ActionObject, { nullable: true })
  action(@Parent() allocation: Scoped<FundingAllocationView>): Scoped<ActionView> | null {
    const scope = scopeOf(allocation);
    const action = scope.queries.action(allocation.actionId);
    return action ? scoped(action, scope) : null;
  }
}

function withUnallocated(source: FundingSourceView): FundingSourceView & { unallocated: number } {
  return { ...source, unallocated: (Math.round(source.amount * 100) - Math.round(source.allocated * 100)) / 100 };
}
