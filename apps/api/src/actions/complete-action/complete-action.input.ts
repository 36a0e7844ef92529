import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class CompleteActionInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
}
