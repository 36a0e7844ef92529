import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import { executeOnAction } from '../action-commands';
import type { ScheduleMilestoneInput } from './schedule-milestone.input';

/** Result: the id of the milestone. */
export class ScheduleMilestoneCommand extends Command<string> {
  constructor(
    readonly input: ScheduleMilestoneInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(ScheduleMilestoneCommand)
export class ScheduleMilestoneHandler implements ICommandHandler<ScheduleMilestoneCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: ScheduleMilestoneCommand): Promise<string> {
    const milestoneId = newId('milestone', options.commandId);
    const { events } = await executeOnAction(
      this.aggregates,
      {
        type: 'ScheduleMilestone',
        data: { actionId: input.actionId, milestoneId, title: input.title, dueQuarter: input.dueQuarter.trim() },
      },
      options,
    );
    return recordedEventOf(events, 'MilestoneScheduled', options.commandId).data.milestoneId;
  }
}
