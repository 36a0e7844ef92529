import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { type AppConfig, loadConfig } from '../../api/src/config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../../api/src/common/tokens';
import { StoreModule } from '../../api/src/store/store.module';

@Global()
@Module({})
class CliConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [CliConfigModule.forRoot(config), StoreModule] };
  }
}

/** What a command works on: the configured event store and the projector, opened exactly as the API opens them. */
export interface CliContext {
  config: AppConfig;
  store: EventStore;
  projector: PlanProjector;
  close(): Promise<void>;
}

export async function openCliContext(config: AppConfig = loadConfig()): Promise<CliContext> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error'], abortOnError: false });
  return {
    config,
    store: app.get<EventStore>(EVENT_STORE),
    projector: app.get(PlanProjector),
    close: () => app.close(),
  };
}

/** Where a command writes; tests pass one that captures the lines. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Runs a command body against a freshly opened context and always closes it. */
export async function withCliContext<T>(body: (context: CliContext) => Promise<T>): Promise<T> {
  const context = await openCliContext();
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}
