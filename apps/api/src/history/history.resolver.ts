import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { NotFoundError, streams } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { quartersReportedIn } from '@saferplan/projections';
import { EventRecordObject, toEventRecord } from '../graphql/objects/event-record.object';
import { quarterSealsFor } from '../graphql/quarter-seals';
import type { GraphQLContext } from '../graphql/request-context';

@Resolver(() => EventRecordObject)
export class HistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [EventRecordObject], {
    description: 'Every event of the partnership, plan, action, funding source, indicator or person with this id, oldest first',
  })
  async history(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<EventRecordObject[]> {
    for (const streamId of [streams.partnership(id), streams.actionPlan(id), streams.action(id), streams.fundingSource(id), streams.indicator(id), streams.person(id)]) {
      const events = await this.store.readStream(streamId);
      if (events.length === 0) continue;
      const seals = await quarterSealsFor(context, this.store, quartersReportedIn(events));
      return events.map((event) => toEventRecord(event, seals));
    }
    throw new NotFoundError('Partnership, action plan, action, funding source, indicator or person', id);
  }
}
