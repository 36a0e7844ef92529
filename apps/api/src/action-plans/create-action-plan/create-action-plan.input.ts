import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput, TITLE_MAX } from '../../common/text-input';

@InputType()
export class CreateActionPlanInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'e.g. "2017/18" (1 April to 31 March)' }) @TextInput(20) financialYear: string;
  @Field() @TextInput(TITLE_MAX) title: string;
}
