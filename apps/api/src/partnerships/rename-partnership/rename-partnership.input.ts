import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';
import { DateScalar } from '../../graphql/scalars';

@InputType()
export class RenamePartnershipInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'The new name' }) @TextInput(200) name: string;
  @Field(() => DateScalar, { description: 'From when, YYYY-MM-DD, not in the future' }) @TextInput(10) on: string;
}
