import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput, TITLE_MAX } from '../../common/text-input';

@InputType()
export class ScheduleMilestoneInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field() @TextInput(TITLE_MAX) title: string;
  @Field({ description: 'e.g. "2017/18 Q3"' }) @TextInput(20) dueQuarter: string;
}
