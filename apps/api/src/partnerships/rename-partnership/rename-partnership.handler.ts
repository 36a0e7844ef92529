import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RenamePartnership } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordStructureChange } from '../structure-change';
import type { RenamePartnershipInput } from './rename-partnership.input';

/** Result: the id of the partnership. */
export class RenamePartnershipCommand extends Command<string> {
  constructor(
    readonly input: RenamePartnershipInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RenamePartnershipCommand)
export class RenamePartnershipHandler implements ICommandHandler<RenamePartnershipCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ input, options }: RenamePartnershipCommand): Promise<string> {
    const { partnershipId, name, on } = input;
    return recordStructureChange(
      this.aggregates,
      partnershipId,
      (now): RenamePartnership => ({ type: 'RenamePartnership', data: { partnershipId, name, on }, metadata: { now, actor: options.actor } }),
      options,
    );
  }
}
