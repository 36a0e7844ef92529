import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import { reportingFactsFor } from '../reporting-facts';
import type { QuarterlyUpdateRef } from '../live-action';
import type { RecordQuarterlyUpdateInput } from './record-quarterly-update.input';

export async function recordQuarterlyUpdate(
  writer: CommandWriter,
  input: RecordQuarterlyUpdateInput,
  options: CommandOptions,
): Promise<QuarterlyUpdateRef> {
  const { actionId, rag, percentComplete, narrative } = input;
  const quarter = periodAsTyped(input.quarter);
  const reporting = await reportingFactsFor(writer, actionId, quarter, options);
  await executeOnAction(
    writer,
    { type: 'RecordQuarterlyUpdate', data: { actionId, quarter, rag, percentComplete, narrative, ...(reporting ? { reporting } : {}) } },
    options,
  );
  return { actionId, quarter };
}
