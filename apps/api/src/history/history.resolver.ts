import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { NotFoundError, streams } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { EventRecordObject, toEventRecord } from '../graphql/objects/event-record.object';

@Resolver(() => EventRecordObject)
export class HistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [EventRecordObject], {
    description: 'Every event of the partnership, plan, action, funding source or indicator with this id, oldest first',
  })
  async history(@Args('id', { type: () => ID }) id: string): Promise<EventRecordObject[]> {
    for (const streamId of [streams.partnership(id), streams.actionPlan(id), streams.action(id), streams.fundingSource(id), streams.indicator(id)]) {
      const events = await this.store.readStream(streamId);
      if (events.length > 0) return events.map(toEventRecord);
    }
    throw new NotFoundError('Partnership, action plan, action, funding source or indicator', id);
  }
}
