import { type RevokeRole, type PersonRole, personDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { RevokeRoleInput } from './revoke-role.input';

/** Result: the id of the person. */
export async function revokeRole(writer: CommandWriter, input: RevokeRoleInput, options: CommandOptions): Promise<string> {
  const partnershipId = input.partnershipId ?? null;
  await writer.execute(
    streams.person(input.personId),
    personDecider,
    (now): RevokeRole => ({
      type: 'RevokeRole',
      data: { personId: input.personId, role: input.role as PersonRole, partnershipId },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.personId;
}
