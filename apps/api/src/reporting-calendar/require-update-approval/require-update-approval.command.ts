import { type RequireUpdateApproval, streams, updateApprovalDecider } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { UpdateApprovalObject } from '../reporting-calendar.objects';
import type { RequireUpdateApprovalInput } from './require-update-approval.input';

export async function requireUpdateApproval(writer: CommandWriter, input: RequireUpdateApprovalInput, options: CommandOptions): Promise<UpdateApprovalObject> {
  const { partnershipId, on } = input;
  const partnershipExists = writer.live().partnership?.(partnershipId) !== undefined;
  await writer.execute(
    streams.updateApproval(partnershipId),
    updateApprovalDecider,
    (now): RequireUpdateApproval => ({ type: 'RequireUpdateApproval', data: { partnershipId, partnershipExists, on }, metadata: { now, actor: options.actor } }),
    options,
  );
  return { partnershipId, required: on };
}
