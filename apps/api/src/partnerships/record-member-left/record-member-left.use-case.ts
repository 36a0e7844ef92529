import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { recordMemberLeft } from './record-member-left.command';
import { RecordMemberLeftInput } from './record-member-left.input';
import { RecordMemberLeftResolver } from './record-member-left.resolver';

export const recordMemberLeftUseCase = defineUseCase<RecordMemberLeftInput, string, 'recordMemberLeft'>({
  mutation: 'recordMemberLeft',
  input: RecordMemberLeftInput,
  access: adminOnly,
  resolver: RecordMemberLeftResolver,
  run: recordMemberLeft,
  recordId: (partnershipId) => partnershipId,
});
