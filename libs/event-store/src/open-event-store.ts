import type { EventSigner } from './audit/event-witness';
import type { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Which adapter to open: a variant and a case per adapter; `signer` signs every event appended. */
export type EventStoreConfig = (
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; connectionString: string; schema?: string }
  | { kind: 'kurrentdb'; connectionString: string; streamPrefix?: string }
) & { signer?: EventSigner | null };

/** Opens the configured event store, creating and migrating its storage when needed. */
export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite':
      return SqliteEventStore.open({ dataDir: config.dataDir, signer: config.signer });
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.connectionString, schema: config.schema, signer: config.signer });
    case 'kurrentdb': {
      // Loaded only when chosen: its gRPC client adds a tenth to every other store's start-up.
      const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store');
      return KurrentDbEventStore.connect(config.connectionString, { streamPrefix: config.streamPrefix, signer: config.signer });
    }
    default:
      throw new Error(`Unknown event store kind: ${String((config as { kind: unknown }).kind)}`);
  }
}
