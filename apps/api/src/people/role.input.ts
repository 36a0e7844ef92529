import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../common/command-input';
import { ID_MAX, OptionalTextInput, TextInput } from '../common/text-input';

/** grantRole and revokeRole name a role the same way. */
@InputType({ isAbstract: true })
export abstract class RoleInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) personId: string;
  // Text, not an enum: an unknown role is answered in words naming the field, like any bad input.
  @Field({ description: 'admin, coordinator, contributor, sog or auditor' }) @TextInput(40) role: string;
  @Field(() => ID, { nullable: true, description: 'Required for coordinator and contributor; left out for the other roles' })
  @OptionalTextInput(ID_MAX)
  partnershipId?: string | null;
}
