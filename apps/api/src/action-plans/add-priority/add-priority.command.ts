import { actionPlanDecider, type AddPriority, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { AddPriorityInput } from './add-priority.input';

/** Result: the id of the priority. */
export async function addPriority(writer: CommandWriter, input: AddPriorityInput, options: CommandOptions): Promise<string> {
  const priorityId = newId('priority', options.commandId);
  const { events } = await writer.execute(
    streams.actionPlan(input.planId),
    actionPlanDecider,
    (now): AddPriority => ({
      type: 'AddPriority',
      data: { planId: input.planId, priorityId, title: input.title, statutory: input.statutory },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'PriorityAdded', options.commandId).data.priorityId;
}
