import { PostgresEventStore } from '@saferplan/event-store/postgres/postgres-event-store';
import { dropSchema, freshTestSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { Client } from 'pg';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { PostgresReadModelStore } from '../read-model-store/postgres-read-model-store';
import { leicestershire } from '../testing/leicestershire';
import { appendToStore } from '../testing/plan-history';
import { ADVISORY_LOCK_HOLDERS_SQL, PostgresWriterLock, planProjectorLockName } from './postgres-writer-lock';
import { PlanProjector } from './projector';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';

/** Polls until the condition holds; fails after `tries` polls. No timing is asserted. */
async function eventually(condition: () => boolean | Promise<boolean>, what: string, tries = 500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting until ${what}`);
}


describeWithService('postgres', 'PostgresWriterLock', (connectionString) => {
  describe('PostgresWriterLock', () => {
    let admin: Client;
    let name: string;
    const locks: PostgresWriterLock[] = [];
    const lock = () => {
      const created = new PostgresWriterLock({ connectionString, name, onError: () => undefined });
      locks.push(created);
      return created;
    };
    const holders = async () => (await admin.query<{ pid: number }>(ADVISORY_LOCK_HOLDERS_SQL, [name])).rows.map((r) => r.pid);

    beforeAll(async () => {
      admin = new Client({ connectionString });
      await admin.connect();
    });
    afterAll(() => admin.end());
    beforeEach(() => {
      name = planProjectorLockName(freshTestSchema());
    });
    afterEach(async () => {
      await Promise.all(locks.splice(0).map((l) => l.release()));
    });

    it('is held by one session at a time, and confirming it does not stack a second hold', async () => {
      const a = lock();
      const b = lock();
      expect(await a.tryAcquire()).toBe(true);
      expect(await b.tryAcquire()).toBe(false);
      expect(await a.tryAcquire()).toBe(true);
      expect(await holders()).toEqual([a.sessionPid]);
      const stacked = await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = $1`, [a.sessionPid]);
      expect(stacked.rows).toEqual([{ n: 1 }]);
    });

    it('passes to the next instance when the holder releases it', async () => {
      const a = lock();
      const b = lock();
      await a.tryAcquire();
      await a.release();
      expect(await b.tryAcquire()).toBe(true);
      expect(await holders()).toEqual([b.sessionPid]);
      expect(await a.tryAcquire()).toBe(false); // released for good
    });

    it('is freed by PostgreSQL when the holding session dies; the old holder then reports it no longer holds it', async () => {
      const errors: Error[] = [];
      const a = new PostgresWriterLock({ connectionString, name, onError: (error) => errors.push(error) });
      locks.push(a);
      const b = lock();
      await a.tryAcquire();
      await admin.query('SELECT pg_terminate_backend($1)', [a.sessionPid]);
      await eventually(async () => (await holders()).length === 0, 'the terminated session is gone');
      expect(await b.tryAcquire()).toBe(true);
      expect(await a.tryAcquire()).toBe(false);
      expect(errors.length).toBeGreaterThan(0);
      expect(await holders()).toEqual([b.sessionPid]);
    });
  });

  describe('PlanProjector on PostgreSQL: several instances, one writer', () => {
    let schema: string;
    let admin: Client;
    const stores: PostgresEventStore[] = [];
    const projectors: PlanProjector[] = [];
    const instance = async () => {
      const events = await PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 20 });
      stores.push(events);
      const readModels = await PostgresReadModelStore.connect({ connectionString, schema });
      const writerLock = new PostgresWriterLock({ connectionString, name: planProjectorLockName(schema), onError: () => undefined });
      const projector = new PlanProjector(events, readModels, { writerLock, writerLockRetryMs: 50, onError: () => undefined });
      projectors.push(projector);
      await projector.start();
      return { events, projector, writerLock };
    };
    const storedCheckpoint = async () =>
      Number((await admin.query(`SELECT position FROM "${schema}".read_model_checkpoints`)).rows[0]?.position ?? 0);

    beforeEach(async () => {
      schema = freshTestSchema();
      admin = new Client({ connectionString });
      await admin.connect();
    });
    afterEach(async () => {
      await Promise.all(projectors.splice(0).map((p) => p.stop()));
      await Promise.all(stores.splice(0).map((s) => s.close()));
      await admin.end();
      await dropSchema(connectionString, schema);
    });

    it('lets one instance save while both fold the log; the other takes over when it stops', async () => {
      const history = leicestershire();
      const a = await instance();
      const b = await instance();
      expect([a.projector.isWriter, b.projector.isWriter]).toEqual([true, false]);
      expect((await admin.query(ADVISORY_LOCK_HOLDERS_SQL, [planProjectorLockName(schema)])).rows).toEqual([{ pid: a.writerLock.sessionPid }]);

      const half = Math.floor(history.events.length / 2);
      const first = await appendToStore(a.events, history.events.slice(0, half));
      await a.projector.waitFor(first);
      await b.projector.waitFor(first);
      await a.projector.flush();
      expect(await storedCheckpoint()).toBe(first);

      await a.projector.stop();
      const head = await appendToStore(b.events, history.events.slice(half));
      await b.projector.waitFor(head);
      await eventually(() => b.projector.isWriter, 'B takes over');
      await eventually(async () => (await storedCheckpoint()) === head, 'B saves up to the head');

      const stored = await PostgresReadModelStore.connect({ connectionString, schema });
      const loaded = await stored.load();
      await stored.close();
      // Compared with B's own fold: documents carry PostgreSQL positions (registeredPosition).
      expect(compareDocuments(loaded.model.toDocuments(), (b.projector.queries as PlanReadModel).toDocuments())).toEqual([]);
      expect(loaded.model.partnerships()).toHaveLength(3);
      expect(loaded.model.priorityProgress('nwl-asb', '2017-10-15').percentComplete).toBe(140 / 3);
    });
  });
});
