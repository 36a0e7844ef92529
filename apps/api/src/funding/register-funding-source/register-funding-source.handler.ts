import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fundingDecider, partnershipDecider, type RegisterFundingSource, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { RegisterFundingSourceInput } from './register-funding-source.input';

/** Result: the id of the funding source. */
export class RegisterFundingSourceCommand extends Command<string> {
  constructor(
    readonly input: RegisterFundingSourceInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RegisterFundingSourceCommand)
export class RegisterFundingSourceHandler implements ICommandHandler<RegisterFundingSourceCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: RegisterFundingSourceCommand): Promise<string> {
    const [funder, recipient] = await Promise.all([
      this.aggregates.load(streams.partnership(input.funderPartnershipId), partnershipDecider),
      this.aggregates.load(streams.partnership(input.recipientPartnershipId), partnershipDecider),
    ]);
    const fundingSourceId = newId('funding-source', options.commandId);
    const { events } = await this.aggregates.execute(
      streams.fundingSource(fundingSourceId),
      fundingDecider,
      (now): RegisterFundingSource => ({
        type: 'RegisterFundingSource',
        data: {
          fundingSourceId,
          name: input.name,
          funder: { partnershipId: input.funderPartnershipId, exists: funder.state.exists },
          recipient: { partnershipId: input.recipientPartnershipId, exists: recipient.state.exists },
          financialYear: input.financialYear,
          amount: input.amount,
        },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return recordedEventOf(events, 'FundingSourceRegistered', options.commandId).data.fundingSourceId;
  }
}
