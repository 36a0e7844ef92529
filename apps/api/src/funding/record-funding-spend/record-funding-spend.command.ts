import { fundingDecider, type RecordFundingSpend, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { RecordFundingSpendInput } from './record-funding-spend.input';

/** Result: the id of the funding source. */
export async function recordFundingSpend(writer: CommandWriter, input: RecordFundingSpendInput, options: CommandOptions): Promise<string> {
  await writer.execute(
    streams.fundingSource(input.fundingSourceId),
    fundingDecider,
    (now): RecordFundingSpend => ({
      type: 'RecordFundingSpend',
      data: { fundingSourceId: input.fundingSourceId, actionId: input.actionId, quarter: input.quarter, amount: input.amount },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.fundingSourceId;
}
