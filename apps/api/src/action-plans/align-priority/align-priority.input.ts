import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class AlignPriorityInput extends CommandInput {
  @Field(() => ID, { description: 'The district priority' }) @TextInput(ID_MAX) priorityId: string;
  @Field(() => ID, { description: 'A county (Community Safety Agreement) or Police and Crime Plan priority' })
  @TextInput(ID_MAX)
  alignedToPriorityId: string;
}
