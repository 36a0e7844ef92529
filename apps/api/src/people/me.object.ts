import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MeRole } from './me-roles';
import { PersonObject, PersonRoleObject } from './person.object';

@ObjectType('Me', { description: 'The signed-in person: who they are, and what SaferPlan lets them do' })
export class MeObject {
  @Field(() => ID, { nullable: true, description: 'The id of the person recorded in SaferPlan; null when none matches' }) id: string | null;
  @Field({ description: "The identity's subject (recorded as the actor of what they change)" }) sub: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The verified email the identity provider vouches for' }) email: string | null;
  @Field(() => String, { nullable: true, description: "The person's organisation, when a person matches" }) organisation: string | null;
  @Field(() => [PersonRoleObject], { description: 'Roles from the token and those granted in SaferPlan, together' }) roles: MeRole[];
  @Field(() => [ID], { description: 'Partnerships coordinated' }) partnerships: string[];
  @Field(() => [ID], { description: 'Partnerships contributed to (on the actions owned)' }) contributes: string[];
  @Field(() => PersonObject, { nullable: true, description: 'The person recorded in SaferPlan this identity is; null when none matches' })
  person: unknown;
  @Field(() => [PersonObject], { description: 'Whom to ask for a role: the administrators' }) administrators: unknown[];
}
