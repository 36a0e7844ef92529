import { fundingDecider, partnershipDecider, type RegisterFundingSource, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { RegisterFundingSourceInput } from './register-funding-source.input';

/** Result: the id of the funding source. */
export async function registerFundingSource(writer: CommandWriter, input: RegisterFundingSourceInput, options: CommandOptions): Promise<string> {
  const [funder, recipient] = await Promise.all([
    writer.load(streams.partnership(input.funderPartnershipId), partnershipDecider),
    writer.load(streams.partnership(input.recipientPartnershipId), partnershipDecider),
  ]);
  const fundingSourceId = newId('funding-source', options.commandId);
  const { events } = await writer.execute(
    streams.fundingSource(fundingSourceId),
    fundingDecider,
    (now): RegisterFundingSource => ({
      type: 'RegisterFundingSource',
      data: {
        fundingSourceId,
        name: input.name,
        funder: { partnershipId: input.funderPartnershipId, exists: funder.state.exists },
        recipient: { partnershipId: input.recipientPartnershipId, exists: recipient.state.exists },
        financialYear: input.financialYear,
        amount: input.amount,
      },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'FundingSourceRegistered', options.commandId).data.fundingSourceId;
}
