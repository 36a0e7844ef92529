import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, OptionalTextInput, TextInput } from '../../common/text-input';

@InputType()
export class ReportingQuarterInput {
  @Field({ description: 'Q1 to Q4, or in full e.g. 2017/18 Q1' }) @TextInput(20) quarter: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default: updateDeadlineDays after the quarter ends' }) @OptionalTextInput(10) updateDeadline?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the board meeting that reviews the quarter' }) @OptionalTextInput(10) boardMeeting?: string | null;
}

@InputType()
export class SetReportingCalendarInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'e.g. 2017/18' }) @TextInput(20) financialYear: string;
  @Field(() => Int, { nullable: true, description: 'Days after each quarter ends that updates are due (default 30)' }) @IsOptional() @IsInt() updateDeadlineDays?: number | null;
  @Field(() => [ReportingQuarterInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => ReportingQuarterInput) quarters?: ReportingQuarterInput[] | null;
}
