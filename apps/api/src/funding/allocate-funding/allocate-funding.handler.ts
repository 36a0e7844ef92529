import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AllocateFunding, fundedActionFacts, fundingDecider, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import type { AllocateFundingInput } from './allocate-funding.input';

/** Result: the id of the funding source. */
export class AllocateFundingCommand extends Command<string> {
  constructor(
    readonly input: AllocateFundingInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(AllocateFundingCommand)
export class AllocateFundingHandler implements ICommandHandler<AllocateFundingCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: AllocateFundingCommand): Promise<string> {
    const { state: action } = await this.aggregates.load(streams.action(input.actionId), fundedActionFacts);
    await this.aggregates.execute(
      streams.fundingSource(input.fundingSourceId),
      fundingDecider,
      (now): AllocateFunding => ({
        type: 'AllocateFunding',
        data: { fundingSourceId: input.fundingSourceId, action: { ...action, actionId: input.actionId }, amount: input.amount },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return input.fundingSourceId;
  }
}
