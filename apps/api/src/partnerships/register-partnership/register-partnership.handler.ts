import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partnershipDecider, type RegisterPartnership, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { RegisterPartnershipInput } from './register-partnership.input';

/** Result: the id of the partnership. */
export class RegisterPartnershipCommand extends Command<string> {
  constructor(
    readonly input: RegisterPartnershipInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RegisterPartnershipCommand)
export class RegisterPartnershipHandler implements ICommandHandler<RegisterPartnershipCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: RegisterPartnershipCommand): Promise<string> {
    const partnershipId = newId('partnership', options.commandId);
    const { events } = await this.aggregates.execute(
      streams.partnership(partnershipId),
      partnershipDecider,
      (now): RegisterPartnership => ({
        type: 'RegisterPartnership',
        data: { partnershipId, name: input.name, kind: input.kind },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return recordedEventOf(events, 'PartnershipRegistered', options.commandId).data.partnershipId;
  }
}
