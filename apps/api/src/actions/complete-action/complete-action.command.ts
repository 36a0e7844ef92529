import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { CompleteActionInput } from './complete-action.input';

/** Result: the id of the action. */
export async function completeAction(writer: CommandWriter, input: CompleteActionInput, options: CommandOptions): Promise<string> {
  await executeOnAction(writer, { type: 'CompleteAction', data: { actionId: input.actionId } }, options);
  return input.actionId;
}
