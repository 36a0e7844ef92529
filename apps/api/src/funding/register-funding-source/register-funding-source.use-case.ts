import { input, partnership, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { registerFundingSource } from './register-funding-source.command';
import { RegisterFundingSourceInput } from './register-funding-source.input';
import { RegisterFundingSourceResolver } from './register-funding-source.resolver';

export const registerFundingSourceUseCase = defineUseCase<RegisterFundingSourceInput, string, 'registerFundingSource'>({
  mutation: 'registerFundingSource',
  input: RegisterFundingSourceInput,
  access: writeOwn((args) => [partnership(input(args).funderPartnershipId)]),
  resolver: RegisterFundingSourceResolver,
  run: registerFundingSource,
  recordId: (fundingSourceId) => fundingSourceId,
});
