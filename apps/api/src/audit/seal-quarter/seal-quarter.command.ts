import { ConflictError, type QuarterSealed, type SealQuarter, quarterSealDecider, sealedQuarterLabel, streams } from '@saferplan/domain';
import { merkleRoot, shortRoot, verifyAuditTrail } from '@saferplan/event-store';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { recordedEventOf } from '../../common/recorded-event';
import type { SealQuarterInput } from './seal-quarter.input';

/** What sealing answers: the seal recorded, and who sealed it. */
export interface SealedQuarter {
  seal: QuarterSealed['data'];
  sealedBy: string | null;
}

export async function sealQuarter(writer: CommandWriter, input: SealQuarterInput, options: CommandOptions): Promise<SealedQuarter> {
  const quarter = sealedQuarterLabel(input.financialYear, input.quarter);
  const throughPosition = await writer.store.headPosition();
  const trail = await verifyAuditTrail(writer.store, { throughPosition });
  if (!trail.ok) {
    throw new ConflictError(`The audit trail has ${trail.problems.length} broken chain(s); run verifyAuditTrail and resolve them before sealing`);
  }
  const root = merkleRoot(trail.heads);
  const { events } = await writer.execute(
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
  return { seal: sealed.data, sealedBy: sealed.metadata.actor };
}
