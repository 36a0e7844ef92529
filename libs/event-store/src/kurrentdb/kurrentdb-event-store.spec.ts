import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { describeWithService } from '../testing/service-suite';

/**
 * The shared contract against a live KurrentDB (25.1+ for the commandId cases):
 *   docker compose -f infra/kurrentdb-single.yml up -d
 *   KURRENTDB_CONNECTION_STRING='kurrentdb://localhost:2113?tls=false' npm test
 * Each test gets its own stream prefix, so the server never needs wiping; the prefixed streams
 * stay behind on that throwaway server.
 */
describeWithService('kurrentdb', 'KurrentDB: event store contract', (connectionString) => {
  describeEventStoreContract('KurrentDB', async () => {
    const streamPrefix = `contract-${randomUUID()}/`;
    return {
      store: await KurrentDbEventStore.connect(connectionString, { streamPrefix }),
      reopen: () => KurrentDbEventStore.connect(connectionString, { streamPrefix }),
      reopenSigned: (signer) => KurrentDbEventStore.connect(connectionString, { streamPrefix, signer }),
      cleanup: async () => undefined,
    };
  });
});
