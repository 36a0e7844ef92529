import { PostgresEventStore } from '@saferplan/event-store/postgres/postgres-event-store';
import { dropSchema, freshTestSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { Client } from 'pg';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { leicestershire } from '../testing/leicestershire';
import { CheckpointConflictError, PLAN_READ_MODEL_PROJECTION } from './read-model-store';
import { PostgresReadModelStore } from './postgres-read-model-store';

const connectionString = process.env.DATABASE_URL;

if (!connectionString) {
  // Registered as a real test so a run without PostgreSQL says so instead of counting nothing.
  describe('PostgresReadModelStore', () => {
    it('is not exercised: DATABASE_URL is unset', () => {
      console.warn('PostgresReadModelStore specs not run: set DATABASE_URL, e.g. postgres://root@127.0.0.1:5432/test');
      expect(process.env.DATABASE_URL).toBeUndefined();
    });
  });
} else {
  describe('PostgresReadModelStore', () => {
    let schema: string;
    let store: PostgresReadModelStore;
    const others: PostgresReadModelStore[] = [];
    const history = leicestershire();
    const foldedModel = () => {
      const model = new PlanReadModel();
      for (const event of history.events) model.apply(event);
      return model;
    };
    const another = async () => {
      const opened = await PostgresReadModelStore.connect({ connectionString, schema });
      others.push(opened);
      return opened;
    };
    const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
      const client = new Client({ connectionString });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    };

    beforeEach(async () => {
      schema = freshTestSchema();
      store = await PostgresReadModelStore.connect({ connectionString, schema });
    });
    afterEach(async () => {
      await store.close();
      await Promise.all(others.splice(0).map((other) => other.close()));
      await dropSchema(connectionString, schema);
    });

    it('starts empty at checkpoint 0', async () => {
      const { checkpoint, model } = await store.load();
      expect(checkpoint).toBe(0);
      expect(model.toDocuments()).toEqual([]);
    });

    it('migrates its own tables once, beside the event store, however many instances start together', async () => {
      await Promise.all(Array.from({ length: 4 }, () => another()));
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

    it('stores documents and checkpoint together and another instance loads the same model', async () => {
      const model = foldedModel();
      await store.save(model.changedDocuments(), history.events.length);
      const loaded = await (await another()).load();
      expect(loaded.checkpoint).toBe(history.events.length);
      expect(compareDocuments(loaded.model.toDocuments(), model.toDocuments())).toEqual([]);
      expect(loaded.model.priorityProgress('nwl-asb', '2017-10-15').percentComplete).toBe(140 / 3);
    });

    it('upserts only the documents it is given', async () => {
      const model = foldedModel();
      await store.save(model.changedDocuments(), 10);
      model.markSaved();
      model.apply(history.recordUpdate('a2', '2017/18 Q2', 'GREEN', 15));
      const changed = model.changedDocuments();
      expect(changed.map((d) => `${d.kind}:${d.id}`)).toEqual(['action:a2']);
      await store.save(changed, 11);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(11);
      expect(loaded.model.action('a2')).toMatchObject({ status: 'ON_TRACK', percentComplete: 15 });
      expect(loaded.model.toDocuments()).toHaveLength(model.toDocuments().length);
    });

    it('rolls the whole save back when one document cannot be written: checkpoint unchanged', async () => {
      const model = foldedModel();
      await store.save(model.changedDocuments(), 5);
      const good = model.changedDocuments()[0];
      const unwritable = { kind: 'action', id: 'broken', doc: { budget: 10n } } as never;
      await expect(store.save([{ ...good, doc: { ...good.doc, name: 'Renamed' } } as never, unwritable], 6)).rejects.toThrow(/BigInt/);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(5);
      expect(loaded.model.partnership(good.id)?.name).toBe('Leicestershire Safer Communities Strategy Board');
    });

    it('rolls back documents written before a failing statement in the same save', async () => {
      await store.save(foldedModel().changedDocuments(), 5);
      // A failure inside the database, after the documents were upserted: the checkpoint is refused.
      await sql(`ALTER TABLE "${schema}".read_model_checkpoints ADD CONSTRAINT below_100 CHECK (position < 100)`);
      const renamed = { kind: 'partnership', id: 'leics-board', doc: { ...foldedModel().partnership('leics-board')!, name: 'Renamed' } } as never;
      await expect(store.save([renamed], 100)).rejects.toThrow(/below_100/);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(5);
      expect(loaded.model.partnership('leics-board')?.name).toBe('Leicestershire Safer Communities Strategy Board');
    });

    it('replaces every document on a rebuild save', async () => {
      await store.save(foldedModel().changedDocuments(), 40);
      const smaller = new PlanReadModel();
      smaller.apply(history.events[0]);
      await store.save(smaller.toDocuments(), 40, { replaceAll: true });
      const loaded = await store.load();
      expect(loaded.model.toDocuments().map((d) => d.id)).toEqual(['leics-board']);
    });

    it('forgets documents and checkpoint on clear', async () => {
      await store.save(foldedModel().changedDocuments(), 40);
      await store.clear();
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(0);
      expect(loaded.model.toDocuments()).toEqual([]);
      expect(await sql(`SELECT count(*)::int AS n FROM "${schema}".read_model_documents`)).toEqual([{ n: 0 }]);
    });

    it("ignores another document version's rows, so the projector refolds and both releases can run side by side", async () => {
      await store.save(foldedModel().changedDocuments(), 40);
      await sql(`UPDATE "${schema}".read_model_checkpoints SET projection = 'plan-read-model/v0'`);
      await sql(`UPDATE "${schema}".read_model_documents SET projection = 'plan-read-model/v0'`);
      const loaded = await store.load();
      expect(loaded.checkpoint).toBe(0);
      expect(loaded.model.toDocuments()).toEqual([]);
      const older = await sql<{ position: string }>(`SELECT position FROM "${schema}".read_model_checkpoints WHERE projection = 'plan-read-model/v0'`);
      expect(older).toEqual([{ position: '40' }]);
    });

    describe('compare-and-set on the checkpoint', () => {
      it('saves when the stored checkpoint is the expected one (0 when nothing is stored)', async () => {
        const model = foldedModel();
        await store.save(model.changedDocuments(), 44, { expectedCheckpoint: 0 });
        model.markSaved();
        model.apply(history.recordUpdate('a2', '2017/18 Q2', 'RED', 5));
        await store.save(model.changedDocuments(), 45, { expectedCheckpoint: 44 });
        const loaded = await store.load();
        expect(loaded.checkpoint).toBe(45);
        expect(loaded.model.action('a2')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 5 });
      });

      it('refuses a save whose expected checkpoint another writer moved on, writing nothing', async () => {
        const model = foldedModel();
        await store.save(model.changedDocuments(), 44, { expectedCheckpoint: 0 });
        const successor = await another();
        await successor.save([], 50, { expectedCheckpoint: 44 });

        const stale = { kind: 'partnership', id: 'leics-board', doc: { ...model.partnership('leics-board')!, name: 'Stale' } } as never;
        const refused = store.save([stale], 46, { expectedCheckpoint: 44 });
        await expect(refused).rejects.toThrow(CheckpointConflictError);
        await expect(refused).rejects.toThrow('read model checkpoint is 50, not the expected 44: another projector saved in between');
        const loaded = await store.load();
        expect(loaded.checkpoint).toBe(50);
        expect(loaded.model.partnership('leics-board')?.name).toBe('Leicestershire Safer Communities Strategy Board');
      });

      it('lets exactly one of two concurrent saves from the same checkpoint win', async () => {
        await store.save(foldedModel().changedDocuments(), 44, { expectedCheckpoint: 0 });
        const rival = await another();
        const results = await Promise.allSettled([
          store.save([], 45, { expectedCheckpoint: 44 }),
          rival.save([], 46, { expectedCheckpoint: 44 }),
        ]);
        const fulfilled = results.filter((r) => r.status === 'fulfilled');
        const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        expect(rejected[0].reason).toBeInstanceOf(CheckpointConflictError);
        const winner = results[0].status === 'fulfilled' ? 45 : 46;
        expect((await store.load()).checkpoint).toBe(winner);
      });

      it('lets exactly one of two first saves win on an empty store', async () => {
        const rival = await another();
        const results = await Promise.allSettled([store.save([], 3, { expectedCheckpoint: 0 }), rival.save([], 4, { expectedCheckpoint: 0 })]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(await sql(`SELECT projection FROM "${schema}".read_model_checkpoints`)).toEqual([{ projection: PLAN_READ_MODEL_PROJECTION }]);
      });
    });

    it('refuses to be used after close', async () => {
      await store.close();
      await expect(store.load()).rejects.toThrow(`read model store (PostgreSQL schema ${schema}) is closed`);
    });
  });
}
