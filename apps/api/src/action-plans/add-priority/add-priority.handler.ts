import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actionPlanDecider, type AddPriority, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { AddPriorityInput } from './add-priority.input';

/** Result: the id of the priority. */
export class AddPriorityCommand extends Command<string> {
  constructor(
    readonly input: AddPriorityInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(AddPriorityCommand)
export class AddPriorityHandler implements ICommandHandler<AddPriorityCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: AddPriorityCommand): Promise<string> {
    const priorityId = newId('priority', options.commandId);
    const { events } = await this.aggregates.execute(
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
}
