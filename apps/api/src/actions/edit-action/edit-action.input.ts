import { Field, InputType } from '@nestjs/graphql';
import { OptionalTextInput, TextInput, TITLE_MAX } from '../../common/text-input';
import { CompleteActionInput } from '../complete-action/complete-action.input';

@InputType()
export class EditActionInput extends CompleteActionInput {
  @Field() @TextInput(TITLE_MAX) title: string;
  @Field({ description: 'e.g. Leicestershire Police, NWLDC' }) @TextInput(TITLE_MAX) leadAgency: string;
  @Field(() => String, { nullable: true, description: 'Blank or null when no officer is named' }) @OptionalTextInput(TITLE_MAX) leadOfficer?: string | null;
}
