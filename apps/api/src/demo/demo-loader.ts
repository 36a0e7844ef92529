import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { AppConfig } from '@saferplan/config/app-config';
import { APP_CONFIG, EVENT_STORE } from '@saferplan/config/tokens';
import type { CommandInput } from '../common/command-input';
import type { CommandOptions } from '../common/command-options';
import { CommandWriter } from '../common/command-writer';
import { shapeInput } from '../graphql/validation.pipe';
import type { AnyUseCase, UseCase } from '../slice/use-case';
import { USE_CASES, type UseCaseMutation } from '../use-cases';
import { type DemoMutation, type DemoStep, demoScript } from './demo-script';

// Every mutation the demo speaks must be a use case: this line stops compiling otherwise.
const everyDemoMutationIsAUseCase: DemoMutation extends UseCaseMutation ? true : never = true;

function useCaseOf(mutation: DemoMutation): AnyUseCase {
  const useCase = everyDemoMutationIsAUseCase && USE_CASES.find((candidate) => candidate.mutation === mutation);
  if (!useCase) throw new Error(`Demo step names ${mutation}, which is not a use case`);
  return useCase;
}

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
    private readonly writer: CommandWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadDemo || !(await this.needsLoading())) return;
    this.logger.log(`Loading the Leicestershire demo (${demoScript.length} steps)...`);
    await loadDemo(this.writer, demoScript);
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

export async function loadDemo(writer: CommandWriter, script: DemoStep[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const [index, step] of script.entries()) {
    const input = Object.fromEntries(
      Object.entries(step.input).map(([key, value]) => [key, resolveRef(value, ids, index)]),
    );
    const options: CommandOptions = { actor: step.actor, commandId: demoCommandId(index), recordedAt: new Date(step.at) };
    const id = await runUseCase(useCaseOf(step.mutation), writer, input, options);
    if (step.as) ids.set(step.as, id);
  }
}

/** Runs one step through its use case, its input shaped and checked as GraphQL input is. */
async function runUseCase<Input extends CommandInput, Result>(
  useCase: UseCase<Input, Result>,
  writer: CommandWriter,
  plain: object,
  options: CommandOptions,
): Promise<string> {
  const input = await shapeInput(useCase.input, plain);
  return useCase.recordId(await useCase.run(writer, input, options));
}

function resolveRef(value: unknown, ids: Map<string, string>, index: number): unknown {
  if (typeof value !== 'string' || !value.startsWith('@')) return value;
  const id = ids.get(value.slice(1));
  if (!id) throw new Error(`Demo step ${index} refers to ${value} before it is defined`);
  return id;
}
