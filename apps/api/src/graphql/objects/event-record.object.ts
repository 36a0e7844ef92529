import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { type QuarterSeals, isEventAfterSeal } from '@saferplan/projections';
import { DateTimeScalar } from '../scalars';

@ObjectType('EventRecord', { description: 'One immutable event as stored' })
export class EventRecordObject {
  @Field({ description: 'Global position in the event log' }) position: string;
  @Field() streamId: string;
  @Field(() => Int) revision: number;
  @Field() type: string;
  @Field({ description: 'Event data as JSON' }) data: string;
  @Field(() => DateTimeScalar) recordedAt: string;
  @Field(() => String, { nullable: true }) actor: string | null;
  @Field(() => String, { nullable: true, description: 'Display name of the actor when recorded' }) actorName: string | null;
  @Field(() => String, { nullable: true }) correlationId: string | null;
  @Field(() => String, { nullable: true }) causationId: string | null;
  @Field(() => String, { nullable: true }) commandId: string | null;
  @Field(() => Int) schemaVersion: number;
  @Field({ description: 'A quarterly update or correction recorded after its quarter was sealed (not covered by the seal)' }) afterSeal: boolean;
}

export function toEventRecord(event: RecordedEvent, seals: QuarterSeals): EventRecordObject {
  return {
    position: String(event.position),
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: JSON.stringify(event.data),
    recordedAt: event.metadata.recordedAt,
    actor: event.metadata.actor,
    actorName: event.metadata.actorName ?? null,
    correlationId: event.metadata.correlationId ?? null,
    causationId: event.metadata.causationId ?? null,
    commandId: event.metadata.commandId ?? null,
    schemaVersion: event.metadata.schemaVersion,
    afterSeal: isEventAfterSeal(seals, event),
  };
}
