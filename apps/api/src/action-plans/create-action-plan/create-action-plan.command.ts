import { actionPlanDecider, actionPlanIdFor, type CreateActionPlan, partnershipDecider, streams, periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordedEventOf } from '../../common/recorded-event';
import type { CreateActionPlanInput } from './create-action-plan.input';

/** Result: the id of the plan. */
export async function createActionPlan(writer: CommandWriter, input: CreateActionPlanInput, options: CommandOptions): Promise<string> {
  const partnership = await writer.load(streams.partnership(input.partnershipId), partnershipDecider);
  // One plan per partnership per year: the id is derived from both, so the stream enforces it.
  const planId = actionPlanIdFor(input.partnershipId, periodAsTyped(input.financialYear));
  const { events } = await writer.execute(
    streams.actionPlan(planId),
    actionPlanDecider,
    (now): CreateActionPlan => ({
      type: 'CreateActionPlan',
      data: {
        planId,
        partnership: {
          partnershipId: input.partnershipId,
          kind: partnership.state.kind!,
          exists: partnership.state.exists,
        },
        financialYear: periodAsTyped(input.financialYear),
        title: input.title,
      },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'ActionPlanCreated', options.commandId).data.planId;
}
