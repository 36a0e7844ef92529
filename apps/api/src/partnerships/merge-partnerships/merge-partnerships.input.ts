import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';
import { DateScalar } from '../../graphql/scalars';

@InputType({ description: 'Two CSPs merge: the absorbed one continues as the other from `on` (rename the survivor separately)' })
export class MergePartnershipsInput extends CommandInput {
  @Field(() => ID, { description: 'The partnership that ceases, e.g. Blaby CSP' }) @TextInput(ID_MAX) absorbedPartnershipId: string;
  @Field(() => ID, { description: 'The partnership it continues as' }) @TextInput(ID_MAX) intoPartnershipId: string;
  @Field(() => DateScalar, { description: 'From when, YYYY-MM-DD, not in the future' }) @TextInput(10) on: string;
}
