import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '@saferplan/domain';
import { CommandInput } from '../../common/command-input';
import { TextInput, TITLE_MAX } from '../../common/text-input';
import { PartnershipKindEnum } from '../../graphql/enums';

@InputType()
export class RegisterPartnershipInput extends CommandInput {
  @Field() @TextInput(TITLE_MAX) name: string;
  @Field(() => PartnershipKindEnum) @IsIn(PARTNERSHIP_KINDS) kind: PartnershipKind;
}
