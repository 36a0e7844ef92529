import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import { executeOnAction } from '../action-commands';
import type { ScheduleMilestoneInput } from './schedule-milestone.input';

/** Result: the id of the milestone. */
export async function scheduleMilestone(writer: CommandWriter, input: ScheduleMilestoneInput, options: CommandOptions): Promise<string> {
  const milestoneId = newId('milestone', options.commandId);
  const { events } = await executeOnAction(
    writer,
    {
      type: 'ScheduleMilestone',
      data: { actionId: input.actionId, milestoneId, title: input.title, dueQuarter: periodAsTyped(input.dueQuarter) },
    },
    options,
  );
  return recordedEventOf(events, 'MilestoneScheduled', options.commandId).data.milestoneId;
}
