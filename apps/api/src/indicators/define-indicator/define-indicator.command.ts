import { actionPlanDecider, type DefineIndicator, indicatorDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { newId } from '../../common/new-id';
import { recordedEventOf } from '../../common/recorded-event';
import type { DefineIndicatorInput } from './define-indicator.input';

/** Result: the id of the indicator. The plan's facts (partnership, kind, year, priorities) come from its stream. */
export async function defineIndicator(writer: CommandWriter, input: DefineIndicatorInput, options: CommandOptions): Promise<string> {
  const { state: plan } = await writer.load(streams.actionPlan(input.planId), actionPlanDecider);
  const indicatorId = newId('indicator', options.commandId);
  const { events } = await writer.execute(
    streams.indicator(indicatorId),
    indicatorDecider,
    (now): DefineIndicator => ({
      type: 'DefineIndicator',
      data: {
        indicatorId,
        plan: {
          planId: input.planId,
          exists: plan.exists,
          partnershipId: plan.partnershipId ?? '',
          partnershipKind: plan.partnershipKind ?? '',
          financialYear: plan.financialYear ?? '',
          priorityIds: plan.priorities.map((priority) => priority.id),
        },
        priorityId: input.priorityId ?? null,
        name: input.name,
        unit: input.unit,
        polarity: input.polarity,
        baseline: input.baseline ?? null,
        source: input.source ?? null,
        amberTolerancePercent: input.amberTolerancePercent ?? null,
        aggregation: input.aggregation ?? null,
      },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return recordedEventOf(events, 'IndicatorDefined', options.commandId).data.indicatorId;
}
