import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../common/tokens';
import type { CommandOptions } from '../common/command-options';
import { RegisterPartnershipCommand } from '../partnerships/register-partnership/register-partnership.handler';
import { CreateActionPlanCommand } from '../action-plans/create-action-plan/create-action-plan.handler';
import { AddPriorityCommand } from '../action-plans/add-priority/add-priority.handler';
import { AlignPriorityCommand } from '../action-plans/align-priority/align-priority.handler';
import { CreateActionCommand } from '../actions/create-action/create-action.handler';
import { ScheduleMilestoneCommand } from '../actions/schedule-milestone/schedule-milestone.handler';
import { ReachMilestoneCommand } from '../actions/reach-milestone/reach-milestone.handler';
import { RecordQuarterlyUpdateCommand } from '../actions/record-quarterly-update/record-quarterly-update.handler';
import { CorrectQuarterlyUpdateCommand } from '../actions/correct-quarterly-update/correct-quarterly-update.handler';
import { CompleteActionCommand } from '../actions/complete-action/complete-action.handler';
import { CancelActionCommand } from '../actions/cancel-action/cancel-action.handler';
import { RegisterFundingSourceCommand } from '../funding/register-funding-source/register-funding-source.handler';
import { AllocateFundingCommand } from '../funding/allocate-funding/allocate-funding.handler';
import { RecordFundingSpendCommand } from '../funding/record-funding-spend/record-funding-spend.handler';
import { RecordMemberJoinedCommand } from '../partnerships/record-member-joined/record-member-joined.handler';
import { RenamePartnershipCommand } from '../partnerships/rename-partnership/rename-partnership.handler';
import { type DemoMutation, type DemoStep, demoScript } from './demo-script';

const COMMANDS: Record<DemoMutation, new (input: any, options: CommandOptions) => object> = {
  registerPartnership: RegisterPartnershipCommand,
  createActionPlan: CreateActionPlanCommand,
  addPriority: AddPriorityCommand,
  alignPriority: AlignPriorityCommand,
  createAction: CreateActionCommand,
  scheduleMilestone: ScheduleMilestoneCommand,
  reachMilestone: ReachMilestoneCommand,
  recordQuarterlyUpdate: RecordQuarterlyUpdateCommand,
  correctQuarterlyUpdate: CorrectQuarterlyUpdateCommand,
  completeAction: CompleteActionCommand,
  cancelAction: CancelActionCommand,
  registerFundingSource: RegisterFundingSourceCommand,
  allocateFunding: AllocateFundingCommand,
  recordFundingSpend: RecordFundingSpendCommand,
  recordMemberJoined: RecordMemberJoinedCommand,
  renamePartnership: RenamePartnershipCommand,
};

/**
 * Loads the Leicestershire demo into an empty store through the real command path, with each
 * step recorded at its historical moment. Every step carries a fixed commandId, so a load cut
 * short by a crash resumes where it stopped on the next start without recording anything twice.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commandBus: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadDemo || !(await this.needsLoading())) return;
    this.logger.log(`Loading the Leicestershire demo (${demoScript.length} steps)...`);
    await loadDemo(this.commandBus, demoScript);
    this.logger.log('Demo loaded');
  }

  private async needsLoading(): Promise<boolean> {
    if ((await this.store.headPosition()) === 0) return true;
    const started = await this.store.findCommand(demoCommandId(0));
    const finished = await this.store.findCommand(demoCommandId(demoScript.length - 1));
    return started !== null && finished === null;
  }
}

export const demoCommandId = (index: number) => `demo-step-${index}`;

export async function loadDemo(commandBus: CommandBus, script: DemoStep[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const [index, step] of script.entries()) {
    const input = Object.fromEntries(
      Object.entries(step.input).map(([key, value]) => [key, resolveRef(value, ids, index)]),
    );
    const Command = COMMANDS[step.mutation];
    const options: CommandOptions = { actor: step.actor, commandId: demoCommandId(index), recordedAt: new Date(step.at) };
    const result = await commandBus.execute(new Command(input, options) as any);
    if (step.as) ids.set(step.as, typeof result === 'string' ? result : result.actionId);
  }
}

function resolveRef(value: unknown, ids: Map<string, string>, index: number): unknown {
  if (typeof value !== 'string' || !value.startsWith('@')) return value;
  const id = ids.get(value.slice(1));
  if (!id) throw new Error(`Demo step ${index} refers to ${value} before it is defined`);
  return id;
}
