import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordMemberJoined } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordStructureChange } from '../structure-change';
import type { RecordMemberJoinedInput } from './record-member-joined.input';

/** Result: the id of the partnership. */
export class RecordMemberJoinedCommand extends Command<string> {
  constructor(
    readonly input: RecordMemberJoinedInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(RecordMemberJoinedCommand)
export class RecordMemberJoinedHandler implements ICommandHandler<RecordMemberJoinedCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ input, options }: RecordMemberJoinedCommand): Promise<string> {
    const { partnershipId, agency, responsibleAuthority, voting, on } = input;
    return recordStructureChange(
      this.aggregates,
      partnershipId,
      (now): RecordMemberJoined => ({
        type: 'RecordMemberJoined',
        data: { partnershipId, agency, responsibleAuthority, voting, on },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
  }
}
