import type { RenamePartnership } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordStructureChange } from '../structure-change';
import type { RenamePartnershipInput } from './rename-partnership.input';

/** Result: the id of the partnership. */
export function renamePartnership(writer: CommandWriter, input: RenamePartnershipInput, options: CommandOptions): Promise<string> {
  const { partnershipId, name, on } = input;
  return recordStructureChange(
    writer,
    partnershipId,
    (now): RenamePartnership => ({ type: 'RenamePartnership', data: { partnershipId, name, on }, metadata: { now, actor: options.actor } }),
    options,
  );
}
