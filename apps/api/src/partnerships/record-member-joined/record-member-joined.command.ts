import type { RecordMemberJoined } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordStructureChange } from '../structure-change';
import type { RecordMemberJoinedInput } from './record-member-joined.input';

/** Result: the id of the partnership. */
export function recordMemberJoined(writer: CommandWriter, input: RecordMemberJoinedInput, options: CommandOptions): Promise<string> {
  const { partnershipId, agency, responsibleAuthority, voting, on } = input;
  return recordStructureChange(
    writer,
    partnershipId,
    (now): RecordMemberJoined => ({
      type: 'RecordMemberJoined',
      data: { partnershipId, agency, responsibleAuthority, voting, on },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
}
