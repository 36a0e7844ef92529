import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { CancelActionInput } from './cancel-action.input';

/** Result: the id of the action. */
export async function cancelAction(writer: CommandWriter, input: CancelActionInput, options: CommandOptions): Promise<string> {
  await executeOnAction(writer, { type: 'CancelAction', data: { actionId: input.actionId, reason: input.reason } }, options);
  return input.actionId;
}
