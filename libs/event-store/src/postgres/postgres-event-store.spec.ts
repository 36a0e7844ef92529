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

  describe('PostgresEventStore: recorded_at as read', () => {
    const schema = freshTestSchema();
    afterAll(() => dropSchema(connectionString, schema));

    // Reads take the column as epoch milliseconds (postgres-event-reads.ts); pg's own Date parsing
    // truncated a finer column the same way, so a foreign writer's microseconds read as before.
    it('a column finer than a millisecond reads truncated to its millisecond, before 1970 too, by every read', async () => {
      const store = await PostgresEventStore.connect({ connectionString, schema });
      const client = new Client({ connectionString });
      await client.connect();
      try {
        const at = new Date('2018-09-04T10:00:00.000Z');
        await store.append('plan-1', [{ type: 'A', data: {}, schemaVersion: 1 }, { type: 'B', data: {}, schemaVersion: 1 }], { expectedRevision: 'no_stream', recordedAt: at, commandId: 'cmd-us' });
        const set = `UPDATE "${schema}".events SET recorded_at = $1::timestamptz WHERE stream_id = 'plan-1' AND revision = $2`;
        await client.query(set, ['2018-09-04T10:00:00.123999Z', 0]);
        await client.query(set, ['1969-12-31T23:59:59.999999Z', 1]);
        const expected = ['2018-09-04T10:00:00.123Z', '1969-12-31T23:59:59.999Z'];
        expect((await store.readStream('plan-1')).map((e) => e.metadata.recordedAt)).toEqual(expected);
        expect((await store.readAll()).map((e) => e.metadata.recordedAt)).toEqual(expected);
        expect((await store.findCommand('cmd-us'))!.map((e) => e.metadata.recordedAt)).toEqual(expected);
      } finally {
        await client.end();
        await store.close();
      }
    });
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
