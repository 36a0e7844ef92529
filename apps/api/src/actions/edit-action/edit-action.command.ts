import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { EditActionInput } from './edit-action.input';

/** Result: the id of the action. */
export async function editAction(writer: CommandWriter, input: EditActionInput, options: CommandOptions): Promise<string> {
  const { actionId, title, leadAgency, leadOfficer } = input;
  await executeOnAction(writer, { type: 'EditAction', data: { actionId, title, leadAgency, leadOfficer } }, options);
  return actionId;
}
