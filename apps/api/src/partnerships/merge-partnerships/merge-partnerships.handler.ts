import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, type MergePartnership, NotFoundError } from '@saferplan/domain';
import { PlanProjector } from '@saferplan/projections';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordStructureChange } from '../structure-change';
import type { MergePartnershipsInput } from './merge-partnerships.input';

/** Result: the id of the partnership that continues. */
export class MergePartnershipsCommand extends Command<string> {
  constructor(
    readonly input: MergePartnershipsInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(MergePartnershipsCommand)
export class MergePartnershipsHandler implements ICommandHandler<MergePartnershipsCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly projector: PlanProjector,
  ) {}

  async execute({ input, options }: MergePartnershipsCommand): Promise<string> {
    const { absorbedPartnershipId, intoPartnershipId, on } = input;
    // The survivor is another aggregate: it must exist and still be open (read model, like alignment targets).
    const into = this.projector.queries.partnership(intoPartnershipId);
    if (!into && absorbedPartnershipId !== intoPartnershipId) throw new NotFoundError('Partnership', intoPartnershipId);
    if (into?.mergedIntoId) {
      throw new ConflictError(`Partnership ${intoPartnershipId} was merged into ${into.mergedIntoId}; merge into that one instead`, 'intoPartnershipId');
    }
    await recordStructureChange(
      this.aggregates,
      absorbedPartnershipId,
      (now): MergePartnership => ({
        type: 'MergePartnership',
        data: { partnershipId: absorbedPartnershipId, intoPartnershipId, on },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return intoPartnershipId;
  }
}
