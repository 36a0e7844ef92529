import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actionDecider, actionPlanDecider, type CreateAction, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { CreateActionInput } from './create-action.input';

/** Result: the id of the action. */
export class CreateActionCommand extends Command<string> {
  constructor(
    readonly input: CreateActionInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(CreateActionCommand)
export class CreateActionHandler implements ICommandHandler<CreateActionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: CreateActionCommand): Promise<string> {
    const { state: plan } = await this.aggregates.load(streams.actionPlan(input.planId), actionPlanDecider);
    const actionId = newId('action', options.commandId);
    const { events } = await this.aggregates.execute(
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
}
