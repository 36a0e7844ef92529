import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fundingDecider, type RecordFundingSpend, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import type { RecordFundingSpendInput } from './record-funding-spend.input';

/** Result: the id of the funding source. */
export class RecordFundingSpendCommand extends Command<string> {
  constructor(
    readonly input: RecordFundingSpendInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RecordFundingSpendCommand)
export class RecordFundingSpendHandler implements ICommandHandler<RecordFundingSpendCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: RecordFundingSpendCommand): Promise<string> {
    await this.aggregates.execute(
      streams.fundingSource(input.fundingSourceId),
      fundingDecider,
      (now): RecordFundingSpend => ({
        type: 'RecordFundingSpend',
        data: { fundingSourceId: input.fundingSourceId, actionId: input.actionId, quarter: input.quarter, amount: input.amount },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return input.fundingSourceId;
  }
}
