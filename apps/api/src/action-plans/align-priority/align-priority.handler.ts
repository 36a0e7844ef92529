import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actionPlanDecider, type AlignPriority, NotFoundError, streams } from '@saferplan/domain';
import { AggregateRepository } from '../../common/aggregate-repository';
import type { CommandOptions } from '../../common/command-options';
import { ReadScopes } from '../../common/read-scopes';
import type { AlignPriorityInput } from './align-priority.input';

/** Result: the id of the (district) priority that was aligned. */
export class AlignPriorityCommand extends Command<string> {
  constructor(
    readonly input: AlignPriorityInput,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(AlignPriorityCommand)
export class AlignPriorityHandler implements ICommandHandler<AlignPriorityCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly readScopes: ReadScopes,
  ) {}

  async execute({ input, options }: AlignPriorityCommand): Promise<string> {
    // Priorities live inside plans; the read model says which plan holds each one.
    const { queries } = this.readScopes.live();
    const source = queries.priority(input.priorityId);
    if (!source) throw new NotFoundError('Priority', input.priorityId);
    const targetView = queries.priority(input.alignedToPriorityId);
    if (!targetView) throw new NotFoundError('Priority', input.alignedToPriorityId);
    const targetPlan = await this.aggregates.load(streams.actionPlan(targetView.planId), actionPlanDecider);
    const targetState = targetPlan.state;

    await this.aggregates.execute(
      streams.actionPlan(source.planId),
      actionPlanDecider,
      (now): AlignPriority => ({
        type: 'AlignPriority',
        data: {
          planId: source.planId,
          priorityId: input.priorityId,
          target: {
            priorityId: input.alignedToPriorityId,
            planId: targetView.planId,
            partnershipId: targetState.partnershipId!,
            partnershipKind: targetState.partnershipKind!,
            financialYear: targetState.financialYear!,
            exists: targetState.priorities.some((priority) => priority.id === input.alignedToPriorityId),
          },
        },
        metadata: { now, actor: options.actor },
      }),
      options,
    );
    return input.priorityId;
  }
}
