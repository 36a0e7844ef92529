import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, type QuarterSealed, type SealQuarter, quarterSealDecider, sealedQuarterLabel, streams } from '@saferplan/domain';
import { merkleRoot, shortRoot, verifyAuditTrail } from '@saferplan/event-store';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordedEventOf } from '../../common/recorded-event';
import { EVENT_STORE } from '../../common/tokens';
import type { SealQuarterInput } from './seal-quarter.input';
import { TreeHeadService } from '../tree-head/tree-head.service';

export class SealQuarterCommand extends Command<{ seal: QuarterSealed['data']; sealedBy: string | null }> {
  constructor(
    readonly input: SealQuarterInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

/**
 * Seals the log as it stands: verifies every chain up to the current head (a broken log is not
 * sealed), takes the Merkle root of the recomputed stream heads, and records it in the quarter's
 * own seal stream, then signs a Merkle tree head covering the seal.
 */
@CommandHandler(SealQuarterCommand)
export class SealQuarterHandler implements ICommandHandler<SealQuarterCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly treeHeads: TreeHeadService,
  ) {}

  async execute({ input, options }: SealQuarterCommand) {
    const quarter = sealedQuarterLabel(input.financialYear, input.quarter);
    const throughPosition = await this.store.headPosition();
    const trail = await verifyAuditTrail(this.store, { throughPosition });
    if (!trail.ok) {
      throw new ConflictError(`The audit trail has ${trail.problems.length} broken chain(s); run verifyAuditTrail and resolve them before sealing`);
    }
    const root = merkleRoot(trail.heads);
    const { events } = await this.aggregates.execute(
      streams.quarterSeal(quarter),
      quarterSealDecider,
      (now): SealQuarter => ({
        type: 'SealQuarter',
        data: {
          financialYear: input.financialYear,
          quarter,
          merkleRoot: root,
          shortRoot: shortRoot(root),
          streamCount: trail.heads.length,
          eventCount: trail.eventsChecked,
          throughPosition,
        },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    const sealed = recordedEventOf(events, 'QuarterSealed', options.commandId);
    // A signed head covering the seal itself: deleting or rewriting the seal later shows against it.
    await this.treeHeads.signNow();
    return { seal: sealed.data, sealedBy: sealed.metadata.actor };
  }
}
