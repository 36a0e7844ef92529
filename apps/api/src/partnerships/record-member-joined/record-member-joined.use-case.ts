import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { recordMemberJoined } from './record-member-joined.command';
import { RecordMemberJoinedInput } from './record-member-joined.input';
import { RecordMemberJoinedResolver } from './record-member-joined.resolver';

export const recordMemberJoinedUseCase = defineUseCase<RecordMemberJoinedInput, string, 'recordMemberJoined'>({
  mutation: 'recordMemberJoined',
  input: RecordMemberJoinedInput,
  access: adminOnly,
  resolver: RecordMemberJoinedResolver,
  run: recordMemberJoined,
  recordId: (partnershipId) => partnershipId,
});
