import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class CloseReportingQuarterInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'In full, e.g. "2017/18 Q1"' }) @TextInput(20) quarter: string;
}
