import { Field, InputType } from '@nestjs/graphql';
import { NARRATIVE_MAX, TextInput } from '../../common/text-input';
import { RecordIndicatorValueInput } from '../record-indicator-value/record-indicator-value.input';

@InputType()
export class CorrectIndicatorValueInput extends RecordIndicatorValueInput {
  @Field({ description: 'Why the recorded value was wrong; kept in history' }) @TextInput(NARRATIVE_MAX) reason: string;
}
