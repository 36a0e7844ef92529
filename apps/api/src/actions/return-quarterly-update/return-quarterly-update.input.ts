import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, NARRATIVE_MAX, TextInput } from '../../common/text-input';

@InputType()
export class ReturnQuarterlyUpdateInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field({ description: 'e.g. "2017/18 Q1"' }) @TextInput(20) quarter: string;
  @Field({ description: 'What the contributor should change before sending it in again' }) @TextInput(NARRATIVE_MAX) comment: string;
}
