import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { QuarterlyUpdateRef } from '../live-action';
import type { ApproveQuarterlyUpdateInput } from './approve-quarterly-update.input';

export async function approveQuarterlyUpdate(writer: CommandWriter, input: ApproveQuarterlyUpdateInput, options: CommandOptions): Promise<QuarterlyUpdateRef> {
  const { actionId } = input;
  const quarter = periodAsTyped(input.quarter);
  await executeOnAction(writer, { type: 'ApproveQuarterlyUpdate', data: { actionId, quarter } }, options);
  return { actionId, quarter };
}
