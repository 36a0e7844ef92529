import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { executeOnAction } from '../action-commands';
import type { RecordQuarterlyUpdateInput } from './record-quarterly-update.input';

export interface QuarterlyUpdateRef {
  actionId: string;
  quarter: string;
}

export class RecordQuarterlyUpdateCommand extends Command<QuarterlyUpdateRef> {
  constructor(
    readonly input: RecordQuarterlyUpdateInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RecordQuarterlyUpdateCommand)
export class RecordQuarterlyUpdateHandler implements ICommandHandler<RecordQuarterlyUpdateCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: RecordQuarterlyUpdateCommand): Promise<QuarterlyUpdateRef> {
    const { actionId, rag, percentComplete, narrative } = input;
    const quarter = input.quarter.trim();
    await executeOnAction(
      this.aggregates,
      { type: 'RecordQuarterlyUpdate', data: { actionId, quarter, rag, percentComplete, narrative } },
      options,
    );
    return { actionId, quarter };
  }
}
