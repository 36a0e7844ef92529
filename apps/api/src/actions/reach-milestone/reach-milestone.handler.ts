import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { executeOnAction } from '../action-commands';
import type { ReachMilestoneInput } from './reach-milestone.input';

/** Result: the id of the milestone. */
export class ReachMilestoneCommand extends Command<string> {
  constructor(
    readonly input: ReachMilestoneInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(ReachMilestoneCommand)
export class ReachMilestoneHandler implements ICommandHandler<ReachMilestoneCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: ReachMilestoneCommand): Promise<string> {
    await executeOnAction(
      this.aggregates,
      {
        type: 'ReachMilestone',
        data: {
          actionId: input.actionId,
          milestoneId: input.milestoneId,
          reachedOn: input.reachedOn,
          evidence: input.evidence ?? null,
        },
      },
      options,
    );
    return input.milestoneId;
  }
}
