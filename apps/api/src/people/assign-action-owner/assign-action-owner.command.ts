import { actionDecider, type AssignActionOwner, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { PeopleDirectory } from '../people-directory';
import type { AssignActionOwnerInput } from './assign-action-owner.input';

/** Result: the id of the action. */
export async function assignActionOwner(writer: CommandWriter, input: AssignActionOwnerInput, options: CommandOptions): Promise<string> {
  const personKnown = (await PeopleDirectory.of(writer.store).live()).byId.has(input.personId);
  await writer.execute(
    streams.action(input.actionId),
    actionDecider,
    (now): AssignActionOwner => ({
      type: 'AssignActionOwner',
      data: { actionId: input.actionId, personId: input.personId, personKnown },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.actionId;
}
