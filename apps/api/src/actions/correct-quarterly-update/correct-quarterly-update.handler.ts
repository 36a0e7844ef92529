import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { executeOnAction } from '../action-commands';
import type { QuarterlyUpdateRef } from '../record-quarterly-update/record-quarterly-update.handler';
import type { CorrectQuarterlyUpdateInput } from './correct-quarterly-update.input';

export class CorrectQuarterlyUpdateCommand extends Command<QuarterlyUpdateRef> {
  constructor(
    readonly input: CorrectQuarterlyUpdateInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(CorrectQuarterlyUpdateCommand)
export class CorrectQuarterlyUpdateHandler implements ICommandHandler<CorrectQuarterlyUpdateCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: CorrectQuarterlyUpdateCommand): Promise<QuarterlyUpdateRef> {
    const { actionId, rag, percentComplete, narrative, reason } = input;
    const quarter = input.quarter.trim();
    await executeOnAction(
      this.aggregates,
      { type: 'CorrectQuarterlyUpdate', data: { actionId, quarter, rag, percentComplete, narrative, reason } },
      options,
    );
    return { actionId, quarter };
  }
}
