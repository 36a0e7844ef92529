import { Inject } from '@nestjs/common';
import { Args, Field, Float, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, parseQuarter } from '@saferplan/domain';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { type IndicatorQuarterView, PlanProjector, readModelAsOfPartnerships } from '@saferplan/projections';
import { DateTimeScalar } from '../graphql/scalars';

@ObjectType('IndicatorFigures')
export class IndicatorFiguresObject {
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
}

@ObjectType('IndicatorChange', { description: 'A quarter of an indicator whose value or target changed after `since`' })
export class IndicatorChangeObject {
  @Field(() => ID) indicatorId: string;
  @Field() indicatorName: string;
  @Field() quarter: string;
  @Field(() => IndicatorFiguresObject, { nullable: true, description: 'As visible at `since`; null when the quarter had nothing yet' })
  before: IndicatorFiguresObject | null;
  @Field(() => IndicatorFiguresObject) after: IndicatorFiguresObject;
  @Field(() => String, { nullable: true, description: 'Who recorded the latest value' }) recordedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) recordedAt: string | null;
  @Field(() => String, { nullable: true, description: 'The correction reason, when the value was corrected' }) reason: string | null;
}

/** changesSince for indicators: what the board saw on D against what is known now. */
@Resolver()
export class IndicatorChangesSinceResolver {
  constructor(
    private readonly projector: PlanProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query(() => [IndicatorChangeObject], {
    description: "The partnership's indicator values and targets that changed after `since`, by indicator then quarter",
  })
  async indicatorChangesSince(
    @Args('since', { type: () => DateTimeScalar }) since: Date,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('quarter', { type: () => String, nullable: true }) quarter?: string | null,
  ): Promise<IndicatorChangeObject[]> {
    if (quarter != null) parseQuarter(quarter, 'quarter');
    const now = this.projector.queries;
    if (!now.partnership(partnershipId)) throw new NotFoundError('Partnership', partnershipId);
    const then = await readModelAsOfPartnerships(this.store, now, since, [partnershipId]);
    const changes: IndicatorChangeObject[] = [];
    for (const indicator of now.indicators({ partnershipId })) {
      const earlier = then.indicator(indicator.id);
      const before = new Map((earlier ? then.indicatorQuarters(earlier) : []).map((q) => [q.quarter, q]));
      for (const current of now.indicatorQuarters(indicator)) {
        if (quarter != null && current.quarter !== quarter) continue;
        const seen = before.get(current.quarter);
        if (seen && seen.value === current.value && seen.target === current.target) continue;
        changes.push({
          indicatorId: indicator.id,
          indicatorName: indicator.name,
          quarter: current.quarter,
          before: seen ? figures(seen) : null,
          after: figures(current),
          recordedBy: current.recordedBy,
          recordedAt: current.recordedAt,
          reason: current.correctionReason,
        });
      }
    }
    return changes;
  }
}

const figures = (quarter: IndicatorQuarterView) => ({ value: quarter.value, target: quarter.target });
