import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { DateTimeScalar } from '../graphql/scalars';
import { EventRecordObject } from '../graphql/objects/event-record.object';
import { PlainText } from '../common/text-input';

@ObjectType('AuditProblem', { description: 'The first broken link of one stream' })
export class AuditProblemObject {
  @Field() streamId: string;
  @Field({ description: 'Global position of the event where the chain breaks' }) position: string;
  @Field() reason: string;
}

@ObjectType('AuditVerification', { description: 'Every hash chain (and every quarter seal) recomputed from the stored events' })
export class AuditVerificationObject {
  @Field() ok: boolean;
  @Field(() => Int) eventsChecked: number;
  @Field(() => [AuditProblemObject]) problems: AuditProblemObject[];
}

@ObjectType('QuarterSeal', { description: "A quarter's record sealed: a Merkle root over the head of every stream at that moment" })
export class QuarterSealObject {
  @Field() financialYear: string;
  @Field() quarter: string;
  @Field({ description: 'Hex SHA-256 Merkle root' }) merkleRoot: string;
  @Field({ description: 'First 16 hex digits in groups of four, to print in a board pack' }) shortRoot: string;
  @Field(() => Int) streamCount: number;
  @Field(() => Int) eventCount: number;
  @Field({ description: 'Position of the last event the seal covers' }) throughPosition: string;
  @Field(() => DateTimeScalar) sealedAt: string;
  @Field(() => String, { nullable: true }) sealedBy: string | null;
}

@ObjectType('SealVerification')
export class SealVerificationObject {
  @Field(() => QuarterSealObject) seal: QuarterSealObject;
  @Field({ description: 'True when the log up to the sealed position still gives the sealed root and its chains are unbroken' })
  intact: boolean;
  @Field({ description: 'Root recomputed from the events now stored' }) recomputedRoot: string;
  @Field(() => [AuditProblemObject]) problems: AuditProblemObject[];
}

@InputType('EventFilter')
export class EventFilterInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) @PlainText() streamId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) @PlainText() type?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) @PlainText() actor?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded at or after' }) @IsOptional() from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded at or before' }) @IsOptional() to?: Date | null;
}

@ObjectType('EventPageInfo')
export class EventPageInfoObject {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}

@ObjectType('EventConnection')
export class EventConnectionObject {
  @Field(() => [EventRecordObject]) nodes: EventRecordObject[];
  @Field(() => EventPageInfoObject) pageInfo: EventPageInfoObject;
}
