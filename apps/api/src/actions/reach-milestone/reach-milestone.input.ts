import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, NARRATIVE_MAX, OptionalTextInput, TextInput } from '../../common/text-input';
import { DateScalar } from '../../graphql/scalars';

@InputType()
export class ReachMilestoneInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field(() => ID) @TextInput(ID_MAX) milestoneId: string;
  @Field(() => DateScalar, { description: 'YYYY-MM-DD, not in the future' }) @TextInput(10) reachedOn: string;
  @Field(() => String, { nullable: true }) @OptionalTextInput(NARRATIVE_MAX) evidence?: string | null;
}
