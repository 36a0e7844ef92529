import { type PartnershipCommand, partnershipDecider, streams } from '@saferplan/domain';
import type { AggregateRepository } from '../common/aggregate-repository';
import type { CommandOptions } from '../common/command-options';

/**
 * Records one structure change on a partnership's stream through the one aggregate path
 * (load, decide, append with the expected version, wait for the read model). Result: its id.
 */
export async function recordStructureChange(
  aggregates: AggregateRepository,
  partnershipId: string,
  command: (now: Date) => PartnershipCommand,
  options: CommandOptions,
): Promise<string> {
  await aggregates.execute(streams.partnership(partnershipId), partnershipDecider, command, options);
  return partnershipId;
}
