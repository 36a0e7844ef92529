import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';
import { DateScalar } from '../../graphql/scalars';

@InputType()
export class RecordMemberJoinedInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'The member agency, e.g. Rutland County Council' }) @TextInput(200) agency: string;
  @Field({ description: 'A responsible authority under the Crime and Disorder Act 1998' }) @IsBoolean() responsibleAuthority: boolean;
  @Field({ description: 'Votes at the partnership or board' }) @IsBoolean() voting: boolean;
  @Field(() => DateScalar, { description: 'When it joined, YYYY-MM-DD, not in the future' }) @TextInput(10) on: string;
}
