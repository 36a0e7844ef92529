import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt } from 'class-validator';
import { RAGS, type Rag } from '@saferplan/domain';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, NARRATIVE_MAX, TextInput } from '../../common/text-input';
import { RagEnum } from '../../graphql/enums';

@InputType()
export class RecordQuarterlyUpdateInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field({ description: 'A quarter of the plan\'s year, e.g. "2017/18 Q1"' }) @TextInput(20) quarter: string;
  @Field(() => RagEnum) @IsIn(RAGS) rag: Rag;
  @Field(() => Int, { description: '0 to 100' }) @IsInt() percentComplete: number;
  @Field() @TextInput(NARRATIVE_MAX) narrative: string;
}
