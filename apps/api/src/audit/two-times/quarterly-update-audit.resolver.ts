import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { financialYearOfQuarter, isLateReturn, ukDayEnd } from '@saferplan/domain';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { firstRecordedAt, isAfterSeal, type QuarterlyUpdateView } from '@saferplan/projections';
import { quarterSealsFor } from '../../graphql/quarter-seals';
import type { GraphQLContext } from '../../graphql/request-context';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { DateTimeScalar } from '../../graphql/scalars';
import { deadlineOfUpdate, type OpenReportingDeadlines, REPORTING_DEADLINES } from '../../common/reporting-deadlines';
import { type Scoped, scopeOf } from '../../graphql/read-scope';

/** What every field answering a QuarterlyUpdate hands on: the update, its partnership and read scope. */
type UpdateOfPartnership = Scoped<QuarterlyUpdateView & { partnershipId: string }>;
import { QuarterlyUpdateVersionObject } from './two-times.objects';

/** The two times of an update: the quarter it reports on and when it (and each correction) was recorded. */
@Resolver(() => QuarterlyUpdateObject)
export class QuarterlyUpdateAuditResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORTING_DEADLINES) private readonly openDeadlines: OpenReportingDeadlines,
  ) {}

  @ResolveField(() => DateTimeScalar, { description: 'When the first version of this update was recorded' })
  firstRecordedAt(@Parent() update: QuarterlyUpdateView): string {
    return firstRecordedAt(update);
  }

  @ResolveField(() => DateTimeScalar, {
    description: "The end (UK time) of the last day an update is on time, by the partnership's reporting calendar as it stood at the read moment: 30 days after the quarter ends unless the calendar says otherwise",
  })
  reportingDeadline(@Parent() update: UpdateOfPartnership): string | Promise<string> {
    return whenKnown(this.deadlineDay(update), ukDayEnd);
  }

  @ResolveField(() => Boolean, { description: "First recorded on a UK day after the partnership's reporting deadline" })
  late(@Parent() update: UpdateOfPartnership): boolean | Promise<boolean> {
    return whenKnown(this.deadlineDay(update), (day) => isLateReturn(firstRecordedAt(update), day));
  }

  private deadlineDay(update: UpdateOfPartnership): string | Promise<string> {
    return deadlineOfUpdate(this.openDeadlines, scopeOf(update), { partnershipId: update.partnershipId, quarter: update.quarter, financialYear: financialYearOfQuarter(update.quarter) });
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

/** Answers at once when the deadline is known, so graphql-js completes the field without a promise. */
function whenKnown<T>(day: string | Promise<string>, answer: (day: string) => T): T | Promise<T> {
  return typeof day === 'string' ? answer(day) : day.then(answer);
}
