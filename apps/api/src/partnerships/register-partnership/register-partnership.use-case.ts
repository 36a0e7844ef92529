import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { registerPartnership } from './register-partnership.command';
import { RegisterPartnershipInput } from './register-partnership.input';
import { RegisterPartnershipResolver } from './register-partnership.resolver';

export const registerPartnershipUseCase = defineUseCase<RegisterPartnershipInput, string, 'registerPartnership'>({
  mutation: 'registerPartnership',
  input: RegisterPartnershipInput,
  access: adminOnly,
  resolver: RegisterPartnershipResolver,
  run: registerPartnership,
  recordId: (partnershipId) => partnershipId,
});
