import { type PartnershipCommand, partnershipDecider, streams } from '@saferplan/domain';
import type { CommandWriter } from '../common/command-writer';
import type { CommandOptions } from '../common/command-options';

/**
 * Records one structure change on a partnership's stream through the one aggregate path
 * (load, decide, append with the expected version, wait for the read model). Result: its id.
 */
export async function recordStructureChange(
  writer: CommandWriter,
  partnershipId: string,
  command: (now: Date) => PartnershipCommand,
  options: CommandOptions,
): Promise<string> {
  await writer.execute(streams.partnership(partnershipId), partnershipDecider, command, options);
  return partnershipId;
}
