import { type GrantRole, type PersonRole, personDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { GrantRoleInput } from './grant-role.input';

/** Result: the id of the person. */
export async function grantRole(writer: CommandWriter, input: GrantRoleInput, options: CommandOptions): Promise<string> {
  const partnershipId = input.partnershipId ?? null;
  const partnershipKnown = partnershipId !== null && writer.live().partnership(partnershipId.trim()) !== undefined;
  await writer.execute(
    streams.person(input.personId),
    personDecider,
    (now): GrantRole => ({
      type: 'GrantRole',
      data: { personId: input.personId, role: input.role as PersonRole, partnershipId, partnershipKnown },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.personId;
}
