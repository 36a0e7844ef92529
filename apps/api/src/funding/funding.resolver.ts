import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, parseFinancialYear } from '@saferplan/domain';
import type { ActionView, FundingAllocationView, FundingSourceView, PartnershipView } from '@saferplan/projections';
import { ReadScopes } from '../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../graphql/request-context';
import { asOfArg } from '../graphql/as-of.arg';
import { type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { PartnershipObject } from '../graphql/objects/partnership.object';
import { ActionObject } from '../graphql/objects/action.object';
import { FundingAllocationObject, FundingSourceObject } from './funding-source.object';
import { type FundingSourceAnswer, withUnallocated } from './live-funding-source';

@Resolver(() => FundingSourceObject)
export class FundingSourceResolver {
  constructor(private readonly readScopes: ReadScopes) {}

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

