import { actionDecider, actionPlanDecider, type CreateAction, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { CreateActionInput } from './create-action.input';

/** Result: the id of the action. The plan's facts (year, partnership, priorities) come from its stream. */
export async function createAction(writer: CommandWriter, input: CreateActionInput, options: CommandOptions): Promise<string> {
  const { state: plan } = await writer.load(streams.actionPlan(input.planId), actionPlanDecider);
  const actionId = newId('action', options.commandId);
  const { events } = await writer.execute(
    streams.action(actionId),
    actionDecider,
    (now): CreateAction => ({
      type: 'CreateAction',
      data: {
        actionId,
        plan: {
          planId: input.planId,
          exists: plan.exists,
          partnershipId: plan.partnershipId ?? '',
          financialYear: plan.financialYear ?? '',
          priorityIds: plan.priorities.map((priority) => priority.id),
        },
        priorityId: input.priorityId,
        title: input.title,
        leadAgency: input.leadAgency,
        leadOfficer: input.leadOfficer ?? null,
        fundingSource: input.fundingSource ?? null,
        budget: input.budget ?? null,
      },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'ActionCreated', options.commandId).data.actionId;
}
