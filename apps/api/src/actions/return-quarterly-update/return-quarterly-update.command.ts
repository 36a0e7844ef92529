import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { QuarterlyUpdateRef } from '../live-action';
import type { ReturnQuarterlyUpdateInput } from './return-quarterly-update.input';

export async function returnQuarterlyUpdate(writer: CommandWriter, input: ReturnQuarterlyUpdateInput, options: CommandOptions): Promise<QuarterlyUpdateRef> {
  const { actionId, comment } = input;
  const quarter = periodAsTyped(input.quarter);
  await executeOnAction(writer, { type: 'ReturnQuarterlyUpdate', data: { actionId, quarter, comment } }, options);
  return { actionId, quarter };
}
