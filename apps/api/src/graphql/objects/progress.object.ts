import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PartnershipView, PriorityProgressView, PriorityView } from '@saferplan/projections';
import { PriorityObject } from './action-plan.object';
import type { Scoped } from '../read-scope';
import { PartnershipObject } from './partnership.object';

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
  @Field(() => PartnershipObject) partnership: PartnershipObject;
  @Field(() => PriorityObject) priority: PriorityObject;
  @Field(() => ProgressObject) progress: ProgressObject;
}

/** What the resolvers hand GraphQL for a PriorityProgress: see progressRow() in progress.resolver.ts. */
export type PriorityProgressRow = Scoped<PriorityProgressView> & {
  readonly partnership: Scoped<PartnershipView>;
  readonly priority: Scoped<PriorityView>;
};

@ObjectType('CountyPriorityProgress')
export class CountyPriorityProgressObject {
  @Field(() => ProgressObject) progress: ProgressObject;
}
