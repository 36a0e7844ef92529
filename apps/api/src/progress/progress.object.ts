import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Progress', { description: 'Roll-up of counted (not cancelled) actions and their milestones' })
export class ProgressObject {
  @Field(() => Int) actions: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) offTrack: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) milestones: number;
  @Field(() => Int) milestonesReached: number;
  @Field(() => Int) milestonesOverdue: number;
  @Field(() => Float) percentComplete: number;
}

@ObjectType('PriorityProgress')
export class PriorityProgressObject {
  @Field(() => ProgressObject) progress: ProgressObject;
}

@ObjectType('CountyPriorityProgress')
export class CountyPriorityProgressObject {
  @Field(() => ProgressObject) progress: ProgressObject;
}
