import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatusEnum, MilestoneStatusEnum, RagEnum } from '../enums';
import { DateScalar, DateTimeScalar } from '../scalars';

@ObjectType('Milestone')
export class MilestoneObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'e.g. "2017/18 Q3"' }) dueQuarter: string;
  @Field(() => MilestoneStatusEnum) status: string;
  @Field(() => DateScalar, { nullable: true }) reachedOn: string | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
}

@ObjectType('QuarterlyUpdate')
export class QuarterlyUpdateObject {
  @Field() quarter: string;
  @Field(() => RagEnum) rag: string;
  @Field(() => Int) percentComplete: number;
  @Field() narrative: string;
  @Field(() => DateTimeScalar) recordedAt: string;
  @Field() recordedBy: string;
  @Field(() => String, { nullable: true, description: 'Why this update corrected an earlier one' })
  correctionReason: string | null;
}

@ObjectType('Action', { description: 'A headline action under a priority' })
export class ActionObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() leadAgency: string;
  @Field(() => String, { nullable: true }) leadOfficer: string | null;
  @Field(() => ActionStatusEnum) status: string;
  @Field(() => Int) percentComplete: number;
  @Field(() => String, { nullable: true }) fundingSource: string | null;
  @Field(() => Number, { nullable: true, description: 'Budget in GBP' }) budget: number | null;
  @Field(() => Int) version: number;
}
