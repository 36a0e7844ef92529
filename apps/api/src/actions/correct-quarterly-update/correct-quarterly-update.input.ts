import { Field, InputType } from '@nestjs/graphql';
import { NARRATIVE_MAX, TextInput } from '../../common/text-input';
import { RecordQuarterlyUpdateInput } from '../record-quarterly-update/record-quarterly-update.input';

@InputType()
export class CorrectQuarterlyUpdateInput extends RecordQuarterlyUpdateInput {
  @Field({ description: 'Why the recorded update was wrong; kept in history' }) @TextInput(NARRATIVE_MAX) reason: string;
}
