import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonObject } from './person.object';

@ObjectType('Me', { description: 'Who is signed in, and what SaferPlan lets them do' })
export class MeObject {
  @Field({ description: "The identity's subject (recorded as the actor of what they change)" }) sub: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The verified email the identity provider vouches for' }) email: string | null;
  @Field(() => [String], { description: "Roles from the token and those granted in SaferPlan, together" }) roles: string[];
  @Field(() => [ID], { description: 'Partnerships coordinated' }) partnerships: string[];
  @Field(() => [ID], { description: 'Partnerships contributed to (on the actions owned)' }) contributes: string[];
  @Field(() => PersonObject, { nullable: true, description: 'The person recorded in SaferPlan this identity is; null when none matches' })
  person: unknown;
  @Field(() => [PersonObject], { description: 'Whom to ask for a role: the administrators' }) administrators: unknown[];
}
