import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, OptionalTextInput } from '../../common/text-input';

@InputType()
export class SetReminderPreferenceInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: "Whose preference; omit for your own. Someone else's: admin only" })
  @OptionalTextInput(ID_MAX)
  personId?: string | null;

  @Field({ description: 'true: only the weekly digest; false: reminders before, on and after each deadline (the default)' })
  @IsBoolean()
  digestOnly: boolean;
}
