import { actionOwner, input, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { recordFundingSpend } from './record-funding-spend.command';
import { RecordFundingSpendInput } from './record-funding-spend.input';
import { RecordFundingSpendResolver } from './record-funding-spend.resolver';

export const recordFundingSpendUseCase = defineUseCase<RecordFundingSpendInput, string, 'recordFundingSpend'>({
  mutation: 'recordFundingSpend',
  input: RecordFundingSpendInput,
  access: writeOwn((args, live) => [actionOwner(live, input(args).actionId)]),
  resolver: RecordFundingSpendResolver,
  run: recordFundingSpend,
  recordId: (fundingSourceId) => fundingSourceId,
});
