import { Field, InputType } from '@nestjs/graphql';
import { NARRATIVE_MAX, TextInput } from '../../common/text-input';
import { CompleteActionInput } from '../complete-action/complete-action.input';

@InputType()
export class CancelActionInput extends CompleteActionInput {
  @Field({ description: 'Why the action was dropped; kept in history' }) @TextInput(NARRATIVE_MAX) reason: string;
}
