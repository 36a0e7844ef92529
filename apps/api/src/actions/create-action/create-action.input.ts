import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, OptionalTextInput, TextInput, TITLE_MAX } from '../../common/text-input';

@InputType()
export class CreateActionInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) planId: string;
  @Field(() => ID) @TextInput(ID_MAX) priorityId: string;
  @Field() @TextInput(TITLE_MAX) title: string;
  @Field({ description: 'e.g. Leicestershire Police, NWLDC' }) @TextInput(TITLE_MAX) leadAgency: string;
  @Field(() => String, { nullable: true }) @OptionalTextInput(TITLE_MAX) leadOfficer?: string | null;
  @Field(() => String, { nullable: true, description: "e.g. PCC's Partnership Locality Fund" })
  @OptionalTextInput(TITLE_MAX)
  fundingSource?: string | null;
  @Field(() => Float, { nullable: true, description: 'Budget in GBP' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  budget?: number | null;
}
