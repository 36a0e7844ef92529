import { Field, ObjectType } from '@nestjs/graphql';
import { ActionObject, MilestoneObject } from '../../graphql/objects/action.object';
import { DateScalar } from '../../graphql/scalars';

@ObjectType('UpdateOwed', { description: 'A quarterly update an action owes' })
export class UpdateOwedObject {
  @Field({ description: 'e.g. "2017/18 Q2"' }) quarter: string;
  @Field(() => DateScalar, { description: 'The last day it is on time' }) dueBy: string;
}

@ObjectType('MyAction', { description: 'An open action I own or coordinate, and what it owes' })
export class MyActionObject {
  @Field(() => ActionObject) action: unknown;
  @Field({ description: 'I own it' }) owned: boolean;
  @Field({ description: "I coordinate its partnership" }) coordinated: boolean;
  @Field({ description: 'The quarter the answer is worked out for' }) quarter: string;
  @Field(() => UpdateOwedObject, { nullable: true, description: 'The next update due while still on time' }) updateDue: UpdateOwedObject | null;
  @Field(() => [UpdateOwedObject], { description: 'Updates past their deadline and not recorded' }) lateUpdates: UpdateOwedObject[];
  @Field(() => [MilestoneObject], { description: 'Milestones due this quarter, not reached' }) milestonesDue: unknown[];
  @Field(() => [MilestoneObject], { description: 'Milestones whose quarter ended unreached' }) lateMilestones: unknown[];
  @Field({ description: 'Anything past its deadline' }) late: boolean;
}
