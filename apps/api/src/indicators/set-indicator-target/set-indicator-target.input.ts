import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class SetIndicatorTargetInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) indicatorId: string;
  @Field({ description: 'A quarter of the plan\'s year, e.g. "2017/18 Q1"' }) @TextInput(20) quarter: string;
  @Field(() => Float, { description: 'Replaces any earlier target for the quarter' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target: number;
}
