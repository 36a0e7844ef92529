import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * The shared contract against a live KurrentDB (25.1+ for the commandId cases):
 *   docker compose -f infra/kurrentdb-single.yml up -d
 *   KURRENTDB_CONNECTION_STRING='kurrentdb://localhost:2113?tls=false' npm test
 * Each test gets its own stream prefix, so the server never needs wiping; the prefixed streams
 * stay behind on that throwaway server.
 */
const connectionString = process.env.KURRENTDB_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('KurrentDB', async () => {
    const streamPrefix = `contract-${randomUUID()}/`;
    return {
      store: await KurrentDbEventStore.connect(connectionString, { streamPrefix }),
      reopen: () => KurrentDbEventStore.connect(connectionString, { streamPrefix }),
      cleanup: async () => undefined,
    };
  });
} else {
  describe('KurrentDB: event store contract', () => {
    it('needs KURRENTDB_CONNECTION_STRING to run against a live server', () => {
      expect(process.env.KURRENTDB_CONNECTION_STRING).toBeUndefined();
      console.info(
        "KurrentDB contract suite not run: set KURRENTDB_CONNECTION_STRING (e.g. 'kurrentdb://localhost:2113?tls=false' with infra/kurrentdb-single.yml)",
      );
    });
  });
}
