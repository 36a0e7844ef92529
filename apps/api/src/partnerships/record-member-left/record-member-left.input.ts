import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';
import { DateScalar } from '../../graphql/scalars';

@InputType()
export class RecordMemberLeftInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'A current member agency' }) @TextInput(200) agency: string;
  @Field(() => DateScalar, { description: 'When it left, YYYY-MM-DD, not in the future' }) @TextInput(10) on: string;
}
