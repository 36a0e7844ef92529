import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnAction } from '../action-commands';
import type { ReachMilestoneInput } from './reach-milestone.input';

/** Result: the id of the milestone. */
export async function reachMilestone(writer: CommandWriter, input: ReachMilestoneInput, options: CommandOptions): Promise<string> {
  const { actionId, milestoneId, reachedOn } = input;
  await executeOnAction(
    writer,
    { type: 'ReachMilestone', data: { actionId, milestoneId, reachedOn, evidence: input.evidence ?? null } },
    options,
  );
  return milestoneId;
}
