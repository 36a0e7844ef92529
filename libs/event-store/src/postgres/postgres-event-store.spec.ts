import { Client } from 'pg';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';
import { dropSchema, freshTestSchema } from './postgres-test-schema';
import { describeWithService } from '../testing/service-suite';

describeWithService('postgres', 'PostgresEventStore', (connectionString) => {
  describeEventStoreContract('PostgreSQL', async () => {
    const schema = freshTestSchema();
    return {
      store: await PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 100 }),
      reopen: () => PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 100 }),
      reopenSigned: (signer) => PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 100, signer }),
      cleanup: () => dropSchema(connectionString, schema),
    };
  });

  describe('PostgresEventStore: schema and migrations', () => {
    const schema = freshTestSchema();
    afterAll(() => dropSchema(connectionString, schema));

    it('instances starting together migrate the schema exactly once', async () => {
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => PostgresEventStore.connect({ connectionString, schema })),
      );
      await Promise.all(stores.map((s) => s.close()));
      const client = new Client({ connectionString });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`);
        expect(rows).toEqual([
          { version: 1, name: 'events, streams and commands' },
          { version: 2, name: 'append_events: one append in one statement' },
          { version: 3, name: 'settled horizon of our own appenders' },
          { version: 4, name: 'append_events: several appends in one transaction' },
        ]);
      } finally {
        await client.end();
      }
    });

    it('rejects a schema name that is not a plain identifier', async () => {
      await expect(PostgresEventStore.connect({ connectionString, schema: 'x"; DROP TABLE y; --' })).rejects.toThrow(
        /Invalid PostgreSQL schema name/,
      );
    });
  });
});
