import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, TextInput, TITLE_MAX } from '../../common/text-input';

@InputType()
export class AddPriorityInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) planId: string;
  @Field() @TextInput(TITLE_MAX) title: string;
  @Field({ description: 'A statutory priority, e.g. reducing re-offending' }) @IsBoolean() statutory: boolean;
}
