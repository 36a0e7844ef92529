import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import { reportingFactsFor } from '../reporting-facts';
import type { QuarterlyUpdateRef } from '../live-action';
import type { CorrectQuarterlyUpdateInput } from './correct-quarterly-update.input';

export async function correctQuarterlyUpdate(
  writer: CommandWriter,
  input: CorrectQuarterlyUpdateInput,
  options: CommandOptions,
): Promise<QuarterlyUpdateRef> {
  const { actionId, rag, percentComplete, narrative, reason } = input;
  const quarter = periodAsTyped(input.quarter);
  const reporting = await reportingFactsFor(writer, actionId, quarter, options);
  await executeOnAction(
    writer,
    { type: 'CorrectQuarterlyUpdate', data: { actionId, quarter, rag, percentComplete, narrative, reason, ...(reporting ? { reporting } : {}) } },
    options,
  );
  return { actionId, quarter };
}
