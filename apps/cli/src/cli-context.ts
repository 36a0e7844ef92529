import { type INestApplicationContext, Module, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { ConfigModule } from '@saferplan/api';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { StoreModule } from '@saferplan/api';

@Module({})
class CliModule {}

/**
 * The one way a command starts Nest: the API's configuration and store, opened exactly as the API
 * opens them, plus whatever else the command needs (`extra`), without the HTTP server.
 */
export function createCliApplication(config: AppConfig, extra: Pick<ModuleMetadata, 'imports' | 'providers'> = {}): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    { module: CliModule, imports: [ConfigModule.forRoot(config), StoreModule, ...(extra.imports ?? [])], providers: extra.providers ?? [] },
    { logger: ['error'], abortOnError: false },
  );
}

/** What a command works on: the configured event store and the projector, opened exactly as the API opens them. */
export interface CliContext {
  config: AppConfig;
  store: EventStore;
  projector: PlanProjector;
  close(): Promise<void>;
}

export async function openCliContext(config: AppConfig = loadConfig()): Promise<CliContext> {
  const app = await createCliApplication(config);
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
