import { actionPlanDecider, type AlignPriority, NotFoundError, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { AlignPriorityInput } from './align-priority.input';

/** Result: the id of the (district) priority that was aligned. */
export async function alignPriority(writer: CommandWriter, input: AlignPriorityInput, options: CommandOptions): Promise<string> {
  // Priorities live inside plans; the read model says which plan holds each one.
  const queries = writer.live();
  const source = queries.priority(input.priorityId);
  if (!source) throw new NotFoundError('Priority', input.priorityId);
  const targetView = queries.priority(input.alignedToPriorityId);
  if (!targetView) throw new NotFoundError('Priority', input.alignedToPriorityId);
  const targetPlan = await writer.load(streams.actionPlan(targetView.planId), actionPlanDecider);
  const targetState = targetPlan.state;

  await writer.execute(
    streams.actionPlan(source.planId),
    actionPlanDecider,
    (now): AlignPriority => ({
      type: 'AlignPriority',
      data: {
        planId: source.planId,
        priorityId: input.priorityId,
        target: {
          priorityId: input.alignedToPriorityId,
          planId: targetView.planId,
          partnershipId: targetState.partnershipId!,
          partnershipKind: targetState.partnershipKind!,
          financialYear: targetState.financialYear!,
          exists: targetState.priorities.some((priority) => priority.id === input.alignedToPriorityId),
        },
      },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return input.priorityId;
}
