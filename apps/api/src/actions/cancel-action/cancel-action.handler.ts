import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { executeOnAction } from '../action-commands';
import type { CancelActionInput } from './cancel-action.input';

/** Result: the id of the action. */
export class CancelActionCommand extends Command<string> {
  constructor(
    readonly input: CancelActionInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(CancelActionCommand)
export class CancelActionHandler implements ICommandHandler<CancelActionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: CancelActionCommand): Promise<string> {
    await executeOnAction(
      this.aggregates,
      { type: 'CancelAction', data: { actionId: input.actionId, reason: input.reason } },
      options,
    );
    return input.actionId;
  }
}
