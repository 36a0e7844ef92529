import { type AllocateFunding, fundedActionFacts, fundingDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { AllocateFundingInput } from './allocate-funding.input';

/** Result: the id of the funding source. */
export async function allocateFunding(writer: CommandWriter, input: AllocateFundingInput, options: CommandOptions): Promise<string> {
  const { state: action } = await writer.load(streams.action(input.actionId), fundedActionFacts);
  await writer.execute(
    streams.fundingSource(input.fundingSourceId),
    fundingDecider,
    (now): AllocateFunding => ({
      type: 'AllocateFunding',
      data: { fundingSourceId: input.fundingSourceId, action: { ...action, actionId: input.actionId }, amount: input.amount },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.fundingSourceId;
}
