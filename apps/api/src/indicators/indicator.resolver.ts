import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { INDICATOR_RAG_RULE, NotFoundError, parseFinancialYear } from '@saferplan/domain';
import type { CountyPriorityProgressView, IndicatorView } from '@saferplan/projections';
import { assertNestedRead } from '../auth/nested-read';
import { asOfArg } from '../graphql/as-of.arg';
import { CountyPriorityProgressObject, PriorityProgressObject, type PriorityProgressRow } from '../graphql/objects/progress.object';
import { ReadScopes } from '../graphql/read-scopes';
import { type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { type IndicatorAnswer, type IndicatorValueAnswer, indicatorProgress, valuesOf } from './indicator-answer';
import { IndicatorObject, IndicatorProgressObject, IndicatorValueObject } from './indicator.object';

@Resolver(() => IndicatorObject)
export class IndicatorResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @Query(() => [IndicatorObject], { description: "A partnership's indicators for a year, definition order; asOf answers as recorded then" })
  async indicators(
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('financialYear', { type: () => String, nullable: true }) financialYear?: string | null,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<IndicatorAnswer[]> {
    if (financialYear != null) parseFinancialYear(financialYear, 'financialYear');
    const scope = await this.readScopes.resolveFor(asOf, { partnershipId });
    if (!scope.queries.partnership(partnershipId)) throw new NotFoundError('Partnership', partnershipId);
    return scope.queries.indicators({ partnershipId, financialYear: financialYear ?? undefined }).map((indicator) => scoped(indicator, scope));
  }

  @Query(() => IndicatorObject, { nullable: true })
  async indicator(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date | null): Promise<IndicatorAnswer | null> {
    const owner = this.readScopes.live().queries.indicator(id)?.partnershipId;
    const scope = await this.readScopes.resolveFor(asOf, { partnershipId: owner });
    const indicator = scope.queries.indicator(id);
    return indicator ? scoped(indicator, scope) : null;
  }

  @ResolveField(() => [IndicatorValueObject], { description: 'Quarters with a target or a value, in quarter order' })
  values(@Parent() indicator: IndicatorAnswer, @Context() context: { req?: unknown }): IndicatorValueAnswer[] {
    assertNestedRead('Indicator.values', context, indicator.partnershipId);
    return valuesOf(indicator, scopeOf(indicator));
  }

  @ResolveField(() => String, { description: 'The RAG rule, in words: printed wherever the RAG is shown' })
  ragRule(): string {
    return INDICATOR_RAG_RULE;
  }

  @ResolveField(() => [IndicatorObject], { description: "For a county roll-up: the districts' indicators it is made of" })
  districts(@Parent() indicator: IndicatorAnswer): IndicatorAnswer[] {
    const scope = scopeOf(indicator);
    return scope.queries.indicatorDistricts(indicator).map((district) => scoped(district, scope));
  }
}

const progressOf = (indicators: IndicatorView[], scope: ReturnType<typeof scopeOf>) =>
  indicators.map((indicator) => indicatorProgress(indicator, scope));

/** The indicators of a progress row's priority, beside its action figures. */
@Resolver(() => PriorityProgressObject)
export class PriorityProgressIndicatorsResolver {
  @ResolveField(() => [IndicatorProgressObject], { description: "The priority's indicators with their latest value's RAG" })
  indicators(@Parent() row: PriorityProgressRow) {
    const scope = scopeOf(row);
    return progressOf(scope.queries.indicators({ priorityId: row.priorityId }), scope);
  }
}

/** A county row's own indicators (a roll-up worked out from its districts). */
@Resolver(() => CountyPriorityProgressObject)
export class CountyProgressIndicatorsResolver {
  @ResolveField(() => [IndicatorProgressObject], { description: "The county priority's indicators; a roll-up states SUM or MEAN" })
  indicators(@Parent() row: Scoped<CountyPriorityProgressView>) {
    const scope = scopeOf(row);
    return progressOf(scope.queries.indicators({ priorityId: row.priorityId }), scope);
  }
}
