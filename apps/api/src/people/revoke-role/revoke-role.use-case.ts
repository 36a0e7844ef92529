import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { revokeRole } from './revoke-role.command';
import { RevokeRoleInput } from './revoke-role.input';
import { RevokeRoleResolver } from './revoke-role.resolver';

export const revokeRoleUseCase = defineUseCase<RevokeRoleInput, string, 'revokeRole'>({
  mutation: 'revokeRole',
  input: RevokeRoleInput,
  access: adminOnly,
  resolver: RevokeRoleResolver,
  run: revokeRole,
  recordId: (personId) => personId,
});
