import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { grantRole } from './grant-role.command';
import { GrantRoleInput } from './grant-role.input';
import { GrantRoleResolver } from './grant-role.resolver';

export const grantRoleUseCase = defineUseCase<GrantRoleInput, string, 'grantRole'>({
  mutation: 'grantRole',
  input: GrantRoleInput,
  access: adminOnly,
  resolver: GrantRoleResolver,
  run: grantRole,
  recordId: (personId) => personId,
});
