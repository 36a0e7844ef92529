import { PostgresEventStore } from '@saferplan/event-store/postgres/postgres-event-store';
import { dropSchema, freshTestSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { Client } from 'pg';
import { describeReadModelStoreContract } from '../contract/read-model-store.contract';
import { leicestershire } from '../testing/leicestershire';
import { foldedModel } from '../testing/plan-history';
import { PostgresReadModelStore } from './postgres-read-model-store';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';

describeWithService('postgres', 'PostgresReadModelStore', (connectionString) => {
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  describeReadModelStoreContract('PostgreSQL', async () => {
    const schema = freshTestSchema();
    return {
      store: await PostgresReadModelStore.connect({ connectionString, schema }),
      openAnother: () => PostgresReadModelStore.connect({ connectionString, schema }),
      stored: {
        documentCount: async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".read_model_documents`))[0].n,
        checkpointProjections: async () =>
          (await sql<{ projection: string }>(`SELECT projection FROM "${schema}".read_model_checkpoints`)).map((row) => row.projection),
        overwriteDocument: async (kind, id, text) => {
          await sql(`UPDATE "${schema}".read_model_documents SET doc = $3::json WHERE kind = $1 AND id = $2`, [kind, id, text]);
        },
      },
      closedMessage: `read model store (PostgreSQL schema ${schema}) is closed`,
      cleanup: () => dropSchema(connectionString, schema),
    };
  });

  describe('PostgresReadModelStore: schema, migrations and PostgreSQL failures', () => {
    let schema: string;
    let store: PostgresReadModelStore;
    const history = leicestershire();

    beforeEach(async () => {
      schema = freshTestSchema();
      store = await PostgresReadModelStore.connect({ connectionString, schema });
    });
    afterEach(async () => {
      await store.close();
      await dropSchema(connectionString, schema);
    });

    it('migrates its own tables once, beside the event store, however many instances start together', async () => {
      const others = await Promise.all(Array.from({ length: 4 }, () => PostgresReadModelStore.connect({ connectionString, schema })));
      await Promise.all(others.map((other) => other.close()));
      const migrations = await sql(`SELECT version, name FROM "${schema}".read_model_migrations ORDER BY version`);
      expect(migrations).toEqual([{ version: 1, name: 'read model documents and checkpoints' }]);
      const tables = await sql<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.map((t) => t.table_name)).toEqual(['read_model_checkpoints', 'read_model_documents', 'read_model_migrations']);
    });

    it('creates the schema safely when the event store starts at the same moment (one migration lock per schema)', async () => {
      const fresh = freshTestSchema();
      try {
        const [events, readModels] = await Promise.all([
          PostgresEventStore.connect({ connectionString, schema: fresh }),
          PostgresReadModelStore.connect({ connectionString, schema: fresh }),
        ]);
        await Promise.all([events.close(), readModels.close()]);
        const tables = await sql<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [fresh]);
        expect(tables.map((t) => t.table_name)).toEqual([
          'commands',
          'events',
          'read_model_checkpoints',
          'read_model_documents',
          'read_model_migrations',
          'schema_migrations',
          'streams',
        ]);
      } finally {
        await dropSchema(connectionString, fresh);
      }
    });

    it('rejects a schema name that is not a plain identifier', async () => {
      await expect(PostgresReadModelStore.connect({ connectionString, schema: 'x"; DROP TABLE y; --' })).rejects.toThrow(
        'Invalid PostgreSQL schema name for the read model: x"; DROP TABLE y; --',
      );
    });

    it('rolls back documents written before a failing statement in the same save', async () => {
      await store.save(foldedModel(history).changedDocuments(), 5);
      // A failure inside the database, after the documents were upserted: the checkpoint is refused.
      await sql(`ALTER TABLE "${schema}".read_model_checkpoints ADD CONSTRAINT below_100 CHECK (position < 100)`);
      const renamed = { kind: 'partnership', id: 'leics-board', doc: { ...foldedModel(history).partnership('leics-board')!, name: 'Renamed' } } as never;
      await expect(store.save([renamed], 100)).rejects.toThrow(/below_100/);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(5);
      expect(loaded.model.partnership('leics-board')?.name).toBe('Leicestershire Safer Communities Strategy Board');
    });

    it("ignores another document version's rows, so the projector refolds and both releases can run side by side", async () => {
      await store.save(foldedModel(history).changedDocuments(), 40);
      await sql(`UPDATE "${schema}".read_model_checkpoints SET projection = 'plan-read-model/v0'`);
      await sql(`UPDATE "${schema}".read_model_documents SET projection = 'plan-read-model/v0'`);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(0);
      expect(loaded.model.toDocuments()).toEqual([]);
      const older = await sql<{ position: string }>(`SELECT position FROM "${schema}".read_model_checkpoints WHERE projection = 'plan-read-model/v0'`);
      expect(older).toEqual([{ position: '40' }]);
    });
  });
});
