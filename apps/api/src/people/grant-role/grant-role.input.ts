import { InputType } from '@nestjs/graphql';
import { RoleInput } from '../role.input';

@InputType()
export class GrantRoleInput extends RoleInput {}
