import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput } from '../../common/text-input';

@InputType()
export class RequireUpdateApprovalInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: "true: contributors' updates wait for a coordinator's approval; false: they count at once" }) @IsBoolean() on: boolean;
}
