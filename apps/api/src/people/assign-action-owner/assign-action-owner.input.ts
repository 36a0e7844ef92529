import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class AssignActionOwnerInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field(() => ID, { description: 'The person who owns the action from now on' }) @TextInput(ID_MAX) personId: string;
}
