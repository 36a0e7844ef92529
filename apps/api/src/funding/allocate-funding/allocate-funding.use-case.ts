import { input, text, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { allocateFunding } from './allocate-funding.command';
import { AllocateFundingInput } from './allocate-funding.input';
import { AllocateFundingResolver } from './allocate-funding.resolver';

export const allocateFundingUseCase = defineUseCase<AllocateFundingInput, string, 'allocateFunding'>({
  mutation: 'allocateFunding',
  input: AllocateFundingInput,
  access: writeOwn((args, live) => [live.fundingSource(text(input(args).fundingSourceId) ?? '')?.funderPartnershipId]),
  resolver: AllocateFundingResolver,
  run: allocateFunding,
  recordId: (fundingSourceId) => fundingSourceId,
});
