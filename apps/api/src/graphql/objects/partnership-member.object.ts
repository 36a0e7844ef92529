import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../scalars';

@ObjectType('PartnershipMember', { description: 'A member agency of a partnership at the moment asked about' })
export class PartnershipMemberObject {
  @Field() agency: string;
  @Field({ description: 'A responsible authority under the Crime and Disorder Act 1998' }) responsibleAuthority: boolean;
  @Field() voting: boolean;
  @Field(() => DateScalar) joinedOn: string;
}
