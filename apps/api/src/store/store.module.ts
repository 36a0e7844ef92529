import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { EventSigner, loadSigningKey, openEventStore } from '@saferplan/event-store';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import {
  PlanProjector,
  PostgresReadModelStore,
  PostgresWriterLock,
  type ReadModelStore,
  SqliteReadModelStore,
  planProjectorLockName,
} from '@saferplan/projections';
import type { AppConfig } from '@saferplan/config/app-config';
import { APP_CONFIG, AUDIT_SIGNING_KEY, CLOCK, EVENT_STORE, READ_MODEL_STORE, systemClock } from '@saferplan/config/tokens';

/**
 * Where the read models live: in PostgreSQL whenever there is one (EVENT_STORE=postgres, or
 * kurrentdb with DATABASE_URL), so several API instances share them; else embedded under DATA_DIR.
 */
function sharedReadModelDatabase(config: AppConfig): string | null {
  return config.eventStore === 'sqlite' ? null : config.databaseUrl;
}

/** Opens the configured event store and starts the read-model projector from its checkpoint. */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    {
      provide: AUDIT_SIGNING_KEY,
      inject: [APP_CONFIG],
      // loadConfig already refuses a production start without AUDIT_SIGNING_KEY_FILE.
      useFactory: (config: AppConfig): KeyObject => loadSigningKey({ keyFile: config.auditSigningKeyFile, dataDir: config.dataDir, production: false }),
    },
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, AUDIT_SIGNING_KEY],
      // Every writer (the server, the CLI's import, the demo loader, the benchmark) opens the store
      // here, so every event appended carries the server's signature (ADR 0005).
      useFactory: (config: AppConfig, key: KeyObject): Promise<EventStore> => {
        const signer = new EventSigner(key);
        switch (config.eventStore) {
          case 'sqlite':
            return openEventStore({ kind: 'sqlite', dataDir: config.dataDir, signer });
          case 'postgres':
            return openEventStore({ kind: 'postgres', connectionString: config.databaseUrl!, schema: config.databaseSchema, signer });
          case 'kurrentdb':
            return openEventStore({ kind: 'kurrentdb', connectionString: config.kurrentDbConnectionString!, signer });
        }
      },
    },
    {
      provide: READ_MODEL_STORE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<ReadModelStore> => {
        const connectionString = sharedReadModelDatabase(config);
        if (!connectionString) return new SqliteReadModelStore(config.dataDir);
        return PostgresReadModelStore.connect({ connectionString, schema: config.databaseSchema });
      },
    },
    {
      provide: PlanProjector,
      inject: [APP_CONFIG, EVENT_STORE, READ_MODEL_STORE],
      useFactory: async (config: AppConfig, store: EventStore, readModels: ReadModelStore) => {
        // Shared read models: every instance folds the log for its own queries, one of them saves.
        const connectionString = sharedReadModelDatabase(config);
        const writerLock = connectionString
          ? new PostgresWriterLock({ connectionString, name: planProjectorLockName(config.databaseSchema) })
          : undefined;
        // SQLite hands a rebuild each page at once: in pages of 1,000 events they die young, and the
        // fold took 142 ms of CPU against 208 in the default 5,000 (ADR 0026). On PostgreSQL a page
        // is a round trip, so the default stays.
        const pageSize = config.eventStore === 'sqlite' ? 1000 : undefined;
        const projector = new PlanProjector(store, readModels, { writerLock, waitTimeoutMs: config.readModelWaitMs, pageSize });
        await projector.start();
        return projector;
      },
    },
  ],
  exports: [CLOCK, AUDIT_SIGNING_KEY, EVENT_STORE, READ_MODEL_STORE, PlanProjector],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(
    private readonly projector: PlanProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.projector.stop();
    await this.store.close();
  }
}
