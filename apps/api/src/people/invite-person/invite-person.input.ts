import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../common/command-input';
import { TextInput } from '../../common/text-input';

@InputType()
export class InvitePersonInput extends CommandInput {
  @Field() @TextInput(200) name: string;
  @Field({ description: 'Matched ignoring case against the verified email of whoever signs in' }) @TextInput(254) email: string;
  @Field({ description: 'The council or agency the person works for' }) @TextInput(200) organisation: string;
}
