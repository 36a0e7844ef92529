import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../graphql/scalars';

export const ReturnStateEnum = { NO_PLAN: 'NO_PLAN', NOT_DUE_YET: 'NOT_DUE_YET', DUE: 'DUE', IN: 'IN', LATE: 'LATE', MISSING: 'MISSING' } as const;
registerEnumType(ReturnStateEnum, {
  name: 'ReturnState',
  description: 'NO_PLAN: no plan for the year; NOT_DUE_YET: quarter not ended; DUE: before the deadline, some outstanding; IN: all in on time; LATE: all in, some late; MISSING: deadline passed, some outstanding',
});

export const QuarterlyUpdateStatusEnum = { COUNTED: 'COUNTED', SUBMITTED: 'SUBMITTED', RETURNED: 'RETURNED' } as const;
registerEnumType(QuarterlyUpdateStatusEnum, {
  name: 'QuarterlyUpdateStatus',
  description: 'COUNTED: counts in every figure; SUBMITTED: waits for a coordinator\'s approval; RETURNED: sent back with a comment',
});

@ObjectType('ReportingQuarter')
export class ReportingQuarterObject {
  @Field({ description: 'e.g. "2017/18 Q1"' }) quarter: string;
  @Field(() => DateScalar, { description: 'The last UK day an update on this quarter is on time' }) updateDeadline: string;
  @Field(() => DateScalar, { nullable: true }) boardMeeting: string | null;
  @Field() closed: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'The UK day the quarter was closed' }) closedOn: string | null;
}

@ObjectType('ReportingCalendar')
export class ReportingCalendarObject {
  @Field(() => ID) partnershipId: string;
  @Field() financialYear: string;
  @Field(() => Int, { description: 'Default deadline: this many days after each quarter ends' }) updateDeadlineDays: number;
  @Field({ description: 'False while the partnership has not set a calendar for the year (the defaults apply)' }) set: boolean;
  @Field(() => [ReportingQuarterObject]) quarters: ReportingQuarterObject[];
}

@ObjectType('QuarterReturn')
export class QuarterReturnObject extends ReportingQuarterObject {
  @Field(() => ReturnStateEnum) state: string;
  @Field(() => Int, { description: 'Updates expected: one per counted action once the quarter has ended' }) due: number;
  @Field(() => Int) received: number;
  @Field(() => Int) late: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) awaitingApproval: number;
}

@ObjectType('PartnershipReturns')
export class PartnershipReturnsObject {
  @Field(() => ID) partnershipId: string;
  @Field() partnershipName: string;
  @Field({ description: 'True when the partnership has no action plan for the year' }) noPlan: boolean;
  @Field(() => ID, { nullable: true }) planId: string | null;
  @Field(() => [QuarterReturnObject]) quarters: QuarterReturnObject[];
}

@ObjectType('UpdateApproval')
export class UpdateApprovalObject {
  @Field(() => ID) partnershipId: string;
  @Field({ description: 'Updates by contributors wait for a coordinator\'s approval' }) required: boolean;
}
