import type { RecordMemberLeft } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordStructureChange } from '../structure-change';
import type { RecordMemberLeftInput } from './record-member-left.input';

/** Result: the id of the partnership. */
export function recordMemberLeft(writer: CommandWriter, input: RecordMemberLeftInput, options: CommandOptions): Promise<string> {
  const { partnershipId, agency, on } = input;
  return recordStructureChange(
    writer,
    partnershipId,
    (now): RecordMemberLeft => ({ type: 'RecordMemberLeft', data: { partnershipId, agency, on }, metadata: { now, actor: options.actor } }),
    options,
  );
}
