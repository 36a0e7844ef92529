import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class RecordFundingSpendInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) fundingSourceId: string;
  @Field(() => ID) @TextInput(ID_MAX) actionId: string;
  @Field({ description: 'The quarter the money was spent in, e.g. "2017/18 Q2"' }) @TextInput(20) quarter: string;
  @Field(() => Float, { description: "GBP; adds to the quarter's spend, never beyond the action's allocation" })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount: number;
}
