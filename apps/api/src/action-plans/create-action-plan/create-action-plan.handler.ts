import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actionPlanDecider, actionPlanIdFor, type CreateActionPlan, partnershipDecider, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { recordedEventOf } from '../../common/recorded-event';
import type { CreateActionPlanInput } from './create-action-plan.input';

/** Result: the id of the plan. */
export class CreateActionPlanCommand extends Command<string> {
  constructor(
    readonly input: CreateActionPlanInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(CreateActionPlanCommand)
export class CreateActionPlanHandler implements ICommandHandler<CreateActionPlanCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, options }: CreateActionPlanCommand): Promise<string> {
    const partnership = await this.aggregates.load(streams.partnership(input.partnershipId), partnershipDecider);
    // One plan per partnership per year: the id is derived from both, so the stream enforces it.
    const planId = actionPlanIdFor(input.partnershipId, input.financialYear.trim());
    const { events } = await this.aggregates.execute(
      streams.actionPlan(planId),
      actionPlanDecider,
      (now): CreateActionPlan => ({
        type: 'CreateActionPlan',
        data: {
          planId,
          partnership: {
            partnershipId: input.partnershipId,
            kind: partnership.state.kind!,
            exists: partnership.state.exists,
          },
          financialYear: input.financialYear.trim(),
          title: input.title,
        },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return recordedEventOf(events, 'ActionPlanCreated', options.commandId).data.planId;
  }
}
