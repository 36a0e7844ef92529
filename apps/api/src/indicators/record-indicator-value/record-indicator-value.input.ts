import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, OptionalTextInput, TextInput } from '../../common/text-input';

@InputType()
export class RecordIndicatorValueInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) indicatorId: string;
  @Field({ description: 'A quarter of the plan\'s year, e.g. "2017/18 Q1"' }) @TextInput(20) quarter: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field(() => String, { nullable: true, description: 'e.g. "provisional: police extract of 3 July"' }) @OptionalTextInput(2000) note?: string | null;
}
