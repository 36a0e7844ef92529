import { Field, Int, ObjectType } from '@nestjs/graphql';
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
}
