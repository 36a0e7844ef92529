import { partnershipDecider, type RegisterPartnership, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { RegisterPartnershipInput } from './register-partnership.input';

/** Result: the id of the partnership. */
export async function registerPartnership(writer: CommandWriter, input: RegisterPartnershipInput, options: CommandOptions): Promise<string> {
  const partnershipId = newId('partnership', options.commandId);
  const { events } = await writer.execute(
    streams.partnership(partnershipId),
    partnershipDecider,
    (now): RegisterPartnership => ({
      type: 'RegisterPartnership',
      data: { partnershipId, name: input.name, kind: input.kind },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'PartnershipRegistered', options.commandId).data.partnershipId;
}
