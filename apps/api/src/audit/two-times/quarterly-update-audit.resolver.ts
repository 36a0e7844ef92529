import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isLateUpdate, reportingDeadline } from '@saferplan/domain';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { firstRecordedAt, isAfterSeal, type QuarterlyUpdateView } from '@saferplan/projections';
import { quarterSealsFor } from '../../graphql/quarter-seals';
import type { GraphQLContext } from '../../graphql/request-context';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { DateTimeScalar } from '../../graphql/scalars';
import { QuarterlyUpdateVersionObject } from './two-times.objects';

/** The two times of an update: the quarter it reports on and when it (and each correction) was recorded. */
@Resolver(() => QuarterlyUpdateObject)
export class QuarterlyUpdateAuditResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @ResolveField(() => DateTimeScalar, { description: 'When the first version of this update was recorded' })
  firstRecordedAt(@Parent() update: QuarterlyUpdateView): string {
    return firstRecordedAt(update);
  }

  @ResolveField(() => DateTimeScalar, { description: 'Updates are due 30 days after the quarter ends (end of that day, UTC)' })
  reportingDeadline(@Parent() update: QuarterlyUpdateView): string {
    return reportingDeadline(update.quarter);
  }

  @ResolveField(() => Boolean, { description: 'First recorded after the reporting deadline' })
  late(@Parent() update: QuarterlyUpdateView): boolean {
    return isLateUpdate(update.quarter, firstRecordedAt(update));
  }

  @ResolveField(() => [QuarterlyUpdateVersionObject], { description: 'Every version, oldest first, this one last' })
  async history(@Parent() update: QuarterlyUpdateView, @Context() context: GraphQLContext): Promise<QuarterlyUpdateVersionObject[]> {
    const { previousVersions, ...current } = update;
    const seals = await quarterSealsFor(context, this.store, [update.quarter]);
    return [...(previousVersions ?? []), current]
      .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt))
      .map((version) => ({ ...version, afterSeal: isAfterSeal(seals, version.quarter, version) }));
  }
}

export { firstRecordedAt } from '@saferplan/projections';
