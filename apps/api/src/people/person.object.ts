import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';

@ObjectType('PersonRole', { description: 'A role a person holds; coordinator and contributor are held for one partnership' })
export class PersonRoleObject {
  @Field({ description: 'admin, coordinator, contributor, sog or auditor' }) role: string;
  @Field(() => ID, { nullable: true, description: 'The partnership a coordinator or contributor works for; null for the other roles' })
  partnershipId: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the role was granted; null for a role only the token carries' })
  grantedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Who granted it (their sub)' }) grantedBy: string | null;
}

@ObjectType('Person', { description: 'Someone recorded in SaferPlan: an officer of a council or partner agency' })
export class PersonObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Lower-cased; a signed-in identity with this verified email is this person' }) email: string;
  @Field() organisation: string;
  @Field(() => [PersonRoleObject]) roles: PersonRoleObject[];
  @Field(() => DateTimeScalar, { description: 'When the person was invited' }) invitedAt: string;
}
