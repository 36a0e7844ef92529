import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../common/tokens';
import type { CommandOptions } from '../common/command-options';
import type { CommandInput } from '../common/command-input';
import { CommandWriter } from '../common/command-writer';
import { shapeInput } from '../graphql/validation.pipe';
import type { UseCase } from '../slice/use-case';
import { ACTION_USE_CASES } from '../use-cases';
import { RegisterPartnershipCommand } from '../partnerships/register-partnership/register-partnership.handler';
import { CreateActionPlanCommand } from '../action-plans/create-action-plan/create-action-plan.handler';
import { AddPriorityCommand } from '../action-plans/add-priority/add-priority.handler';
import { AlignPriorityCommand } from '../action-plans/align-priority/align-priority.handler';
import { RegisterFundingSourceCommand } from '../funding/register-funding-source/register-funding-source.handler';
import { AllocateFundingCommand } from '../funding/allocate-funding/allocate-funding.handler';
import { RecordFundingSpendCommand } from '../funding/record-funding-spend/record-funding-spend.handler';
import { RecordMemberJoinedCommand } from '../partnerships/record-member-joined/record-member-joined.handler';
import { RenamePartnershipCommand } from '../partnerships/rename-partnership/rename-partnership.handler';
import { type DemoMutation, type DemoStep, demoScript } from './demo-script';

type AreaMutation = Exclude<DemoMutation, (typeof ACTION_USE_CASES)[number]['mutation']>;

const COMMANDS: Record<AreaMutation, new (input: any, options: CommandOptions) => object> = {
  registerPartnership: RegisterPartnershipCommand,
  createActionPlan: CreateActionPlanCommand,
  addPriority: AddPriorityCommand,
  alignPriority: AlignPriorityCommand,
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
    private readonly writer: CommandWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadDemo || !(await this.needsLoading())) return;
    this.logger.log(`Loading the Leicestershire demo (${demoScript.length} steps)...`);
    await loadDemo({ commandBus: this.commandBus, writer: this.writer }, demoScript);
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

/** What a demo step is sent through: its use case's glue, or (for the areas not yet sliced) the bus. */
export interface DemoSenders {
  commandBus: CommandBus;
  writer: CommandWriter;
}

const USE_CASE_OF = new Map<DemoMutation, UseCase<any, any>>(ACTION_USE_CASES.map((useCase) => [useCase.mutation, useCase]));

/** Runs one step through its use case, with its input checked as GraphQL would check it. */
async function runUseCase<Input extends object, Result>(
  useCase: UseCase<Input & CommandInput, Result>,
  writer: CommandWriter,
  plain: object,
  options: CommandOptions,
): Promise<string> {
  const input = await shapeInput(useCase.input, plain);
  return useCase.recordId(await useCase.run(writer, input, options));
}

export async function loadDemo({ commandBus, writer }: DemoSenders, script: DemoStep[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const [index, step] of script.entries()) {
    const input = Object.fromEntries(
      Object.entries(step.input).map(([key, value]) => [key, resolveRef(value, ids, index)]),
    );
    const options: CommandOptions = { actor: step.actor, commandId: demoCommandId(index), recordedAt: new Date(step.at) };
    const useCase = USE_CASE_OF.get(step.mutation);
    if (useCase) {
      const id = await runUseCase(useCase, writer, input, options);
      if (step.as) ids.set(step.as, id);
      continue;
    }
    const Command = COMMANDS[step.mutation as AreaMutation];
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
