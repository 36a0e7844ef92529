import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class AllocateFundingInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) fundingSourceId: string;
  @Field(() => ID, { description: "An action of the recipient's plan for the source's year" }) @TextInput(ID_MAX) actionId: string;
  @Field(() => Float, { description: 'GBP; adds to what the action already has from this source' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount: number;
}
