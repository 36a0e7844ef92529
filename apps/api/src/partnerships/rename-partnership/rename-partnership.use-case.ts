import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { renamePartnership } from './rename-partnership.command';
import { RenamePartnershipInput } from './rename-partnership.input';
import { RenamePartnershipResolver } from './rename-partnership.resolver';

export const renamePartnershipUseCase = defineUseCase<RenamePartnershipInput, string, 'renamePartnership'>({
  mutation: 'renamePartnership',
  input: RenamePartnershipInput,
  access: adminOnly,
  resolver: RenamePartnershipResolver,
  run: renamePartnership,
  recordId: (partnershipId) => partnershipId,
});
