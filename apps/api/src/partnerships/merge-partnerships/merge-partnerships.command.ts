import { ConflictError, type MergePartnership, NotFoundError } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordStructureChange } from '../structure-change';
import type { MergePartnershipsInput } from './merge-partnerships.input';

/** Result: the id of the partnership that continues. */
export async function mergePartnerships(writer: CommandWriter, input: MergePartnershipsInput, options: CommandOptions): Promise<string> {
  const { absorbedPartnershipId, intoPartnershipId, on } = input;
  // The survivor is another aggregate: it must exist and still be open (read model, like alignment targets).
  const into = writer.live().partnership(intoPartnershipId);
  if (!into && absorbedPartnershipId !== intoPartnershipId) throw new NotFoundError('Partnership', intoPartnershipId);
  if (into?.mergedIntoId) {
    throw new ConflictError(`Partnership ${intoPartnershipId} was merged into ${into.mergedIntoId}; merge into that one instead`, 'intoPartnershipId');
  }
  await recordStructureChange(
    writer,
    absorbedPartnershipId,
    (now): MergePartnership => ({
      type: 'MergePartnership',
      data: { partnershipId: absorbedPartnershipId, intoPartnershipId, on },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return intoPartnershipId;
}
