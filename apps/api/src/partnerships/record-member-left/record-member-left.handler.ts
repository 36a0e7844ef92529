import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordMemberLeft } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordStructureChange } from '../structure-change';
import type { RecordMemberLeftInput } from './record-member-left.input';

/** Result: the id of the partnership. */
export class RecordMemberLeftCommand extends Command<string> {
  constructor(
    readonly input: RecordMemberLeftInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RecordMemberLeftCommand)
export class RecordMemberLeftHandler implements ICommandHandler<RecordMemberLeftCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ input, options }: RecordMemberLeftCommand): Promise<string> {
    const { partnershipId, agency, on } = input;
    return recordStructureChange(
      this.aggregates,
      partnershipId,
      (now): RecordMemberLeft => ({ type: 'RecordMemberLeft', data: { partnershipId, agency, on }, metadata: { now, actor: options.actor } }),
      options,
    );
  }
}
