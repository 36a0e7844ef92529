import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartnershipKindEnum } from '../enums';

@ObjectType('Partnership', { description: 'A Community Safety Partnership, county strategy board or PCC office' })
export class PartnershipObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PartnershipKindEnum) kind: string;
  @Field(() => Int, { description: 'Number of events recorded for this partnership' }) version: number;
}
