import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { mergePartnerships } from './merge-partnerships.command';
import { MergePartnershipsInput } from './merge-partnerships.input';
import { MergePartnershipsResolver } from './merge-partnerships.resolver';

export const mergePartnershipsUseCase = defineUseCase<MergePartnershipsInput, string, 'mergePartnerships'>({
  mutation: 'mergePartnerships',
  input: MergePartnershipsInput,
  access: adminOnly,
  resolver: MergePartnershipsResolver,
  run: mergePartnerships,
  recordId: (partnershipId) => partnershipId,
});
