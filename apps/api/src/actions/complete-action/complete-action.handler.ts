import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { executeOnAction } from '../action-commands';
import type { CompleteActionInput } from './complete-action.input';

/** Result: the id of the action. */
export class CompleteActionCommand extends Command<string> {
  constructor(
    readonly input: CompleteActionInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(CompleteActionCommand)
export class CompleteActionHandler implements ICommandHandler<CompleteActionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: CompleteActionCommand): Promise<string> {
    await executeOnAction(this.aggregates, { type: 'CompleteAction', data: { actionId: input.actionId } }, options);
    return input.actionId;
  }
}
