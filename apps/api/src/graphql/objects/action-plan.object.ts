import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ActionPlan', { description: "One partnership's plan for one financial year" })
export class ActionPlanObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'e.g. "2017/18" (1 April to 31 March)' }) financialYear: string;
  @Field(() => Int) version: number;
}

@ObjectType('Priority')
export class PriorityObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() statutory: boolean;
}
