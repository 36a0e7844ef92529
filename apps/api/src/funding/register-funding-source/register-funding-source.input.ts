import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput, TITLE_MAX } from '../../common/text-input';

@InputType()
export class RegisterFundingSourceInput extends CommandInput {
  @Field({ description: "e.g. PCC's Partnership Locality Fund" }) @TextInput(TITLE_MAX) name: string;
  @Field(() => ID, { description: 'Who gives the money, usually the Police and Crime Commissioner' })
  @TextInput(ID_MAX)
  funderPartnershipId: string;
  @Field(() => ID, { description: 'The partnership whose actions it funds' }) @TextInput(ID_MAX) recipientPartnershipId: string;
  @Field({ description: 'e.g. "2017/18"' }) @TextInput(20) financialYear: string;
  @Field(() => Float, { description: 'GBP, at most 2 decimal places' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount: number;
}
