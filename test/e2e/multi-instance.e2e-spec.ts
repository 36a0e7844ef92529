import { ADVISORY_LOCK_HOLDERS_SQL, PlanProjector, planProjectorLockName } from '@saferplan/projections';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';

/** Polls until the answer is the expected one; fails after `tries` polls. No timing is asserted. */
async function eventually<T>(read: () => Promise<T>, expected: (value: T) => boolean, what: string, tries = 150): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (expected(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting until ${what}; last answer: ${JSON.stringify(last)}`);
}

describeWithService('postgres', 'several API instances on one PostgreSQL database (end to end)', (connectionString) => {
  describe('several API instances on one PostgreSQL database (end to end)', () => {
    let a: ApiHarness;
    let b: ApiHarness;
    let schema: string;
    let admin: Client;
    const PARTNERSHIP = `query($id: ID!) { partnership(id: $id) { id name kind version } }`;
    const storedCheckpoint = async () =>
      Number((await admin.query(`SELECT position FROM "${schema}".read_model_checkpoints`)).rows[0]?.position ?? 0);
    const lockHolders = async () => (await admin.query(ADVISORY_LOCK_HOLDERS_SQL, [planProjectorLockName(schema)])).rows.length;

    beforeAll(async () => {
      a = await ApiHarness.start({ store: 'postgres' });
      schema = a.config.databaseSchema;
      // One deployment, one signing key (AUDIT_SIGNING_KEY_FILE): A's development key, for B too.
      b = await ApiHarness.start({ store: 'postgres', databaseSchema: schema, auditSigningKeyFile: join(a.config.dataDir, 'audit-signing-key.pem') });
      admin = new Client({ connectionString });
      await admin.connect();
    });
    afterAll(async () => {
      await b?.stop();
      await a?.stop(); // A created the schema: this drops it (stopping twice is harmless)
      await admin?.end();
    });

    it('serves each write to its own instance at once and to the other within a bounded wait; one writer; the other takes over', async () => {
      // Read-your-writes on A: the next query on A already has it.
      const id = await planningSteps(a).registerPartnership('Melton Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
      const expected = { id, name: 'Melton Community Safety Partnership', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', version: 1 };
      expect((await a.ok(PARTNERSHIP, { id })).partnership).toEqual(expected);

      // B tails the same log in memory.
      const seenByB = await eventually(
        async () => (await b.ok(PARTNERSHIP, { id })).partnership,
        (p) => p?.version === 1,
        'B sees the partnership registered through A',
      );
      expect(seenByB).toEqual(expected);

      // Exactly one projector holds the lock and saves: A, which started first.
      expect([a.resolve(PlanProjector).isWriter, b.resolve(PlanProjector).isWriter]).toEqual([true, false]);
      expect(await lockHolders()).toBe(1);
      // The writer saves a moment after it folds (saveDelayMs), off the mutation's path.
      const savedByA = await eventually(storedCheckpoint, (saved) => saved === a.resolve(PlanProjector).checkpoint, 'A saves its checkpoint');
      expect(savedByA).toBe(a.resolve(PlanProjector).checkpoint);

      // A dies (its lock session ends with it); B takes the lock over and saves from now on.
      await a.stop({ keepData: true });
      await eventually(async () => b.resolve(PlanProjector).isWriter, (writer) => writer, 'B holds the writer lock');
      expect(await lockHolders()).toBe(1);

      const rutland = await planningSteps(b).registerPartnership('Rutland Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
      expect((await b.ok(PARTNERSHIP, { id: rutland })).partnership.name).toBe('Rutland Community Safety Partnership');
      const bCheckpoint = b.resolve(PlanProjector).checkpoint;
      expect(bCheckpoint).toBeGreaterThan(savedByA);
      expect(await eventually(storedCheckpoint, (saved) => saved === bCheckpoint, 'B saves its checkpoint')).toBe(bCheckpoint);
      const stored = await admin.query(`SELECT doc->>'name' AS name FROM "${schema}".read_model_documents WHERE kind = 'partnership' ORDER BY name`);
      expect(stored.rows).toEqual([{ name: 'Melton Community Safety Partnership' }, { name: 'Rutland Community Safety Partnership' }]);

      // Both instances signed what they wrote with the deployment's key: the log verifies whole.
      expect((await b.ok(`{ verifyAuditTrail { ok eventsChecked problems { reason } } }`)).verifyAuditTrail).toEqual({ ok: true, eventsChecked: 2, problems: [] });
    });
  });
});
