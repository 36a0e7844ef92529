/**
 * Chaos: the PostgreSQL writer-lock takeover. Two API processes share one schema; the one that
 * holds the projector's writer lock is killed with SIGKILL under write load; the other takes the
 * lock over and saves from then on, no event missed: every acknowledged write is on both
 * instances (the killed one restarted), and the saved projections equal a rebuild. This is also
 * the short form's kill -9 on PostgreSQL (kill-restart.e2e-spec.ts runs SQLite, and with
 * CHAOS_LONG=1 PostgreSQL too).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { ADVISORY_LOCK_HOLDERS_SQL, planProjectorLockName } from '@saferplan/projections';
import { dropSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';
import { ChaosServer } from './support/chaos-server';
import { type Acknowledged, WriteLoad, chaos, chaosConfig, expectAcknowledgedPresent, expectRebuildIdentical, givenActions } from './support/chaos-load';

/** Polls until `read` satisfies `done`; fails after `tries` polls. No timing is asserted. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, tries = 200): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (done(last)) return last;
    await sleep(100);
  }
  throw new Error(`gave up waiting until ${what}; last: ${JSON.stringify(last)}`);
}

describeWithService('postgres', 'chaos: PostgreSQL writer-lock takeover', (connectionString) => {
  const schema = `pgtxn_chaos_${randomBytes(5).toString('hex')}`;
  const dirs = [mkdtempSync(join(tmpdir(), 'saferplan-chaos-a-')), mkdtempSync(join(tmpdir(), 'saferplan-chaos-b-'))];
  const start = (i: number) => ChaosServer.start({ slot: 2 + i, dataDir: dirs[i], store: 'postgres', databaseSchema: schema });
  let servers: ChaosServer[] = [];
  let admin: Client;

  const holders = async () => (await admin.query<{ pid: number }>(ADVISORY_LOCK_HOLDERS_SQL, [planProjectorLockName(schema)])).rows.map((r) => r.pid);
  const savedCheckpoint = async () => Number((await admin.query(`SELECT position FROM "${schema}".read_model_checkpoints`)).rows[0]?.position ?? 0);
  const logHead = async () => Number((await admin.query(`SELECT max(position) AS head FROM "${schema}".events`)).rows[0].head ?? 0);

  beforeAll(async () => {
    admin = new Client({ connectionString });
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill9()));
    await admin?.end();
    await dropSchema(connectionString, schema);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'the other instance takes the lock over; no acknowledged write is missed on either',
    async () => {
      servers = [await start(0)];
      const actionIds = await givenActions(servers[0], chaos.writers);
      servers.push(await start(1));
      const acknowledged: Acknowledged[] = [];
      // The first started holds the lock; after each round the survivor does, so the kills alternate.
      let victim = 0;
      for (let round = 0; round < chaos.rounds; round++) {
        const [writer] = await eventually(holders, (pids) => pids.length === 1, 'one instance holds the writer lock');
        const load = new WriteLoad(() => servers, actionIds, `takeover round ${round}`);
        await sleep(chaos.loadMs);
        await servers[victim].kill9();
        const survivors = servers.filter((_, i) => i !== victim);
        await eventually(holders, (pids) => pids.length === 1 && pids[0] !== writer, 'the surviving instance takes the writer lock over');
        // Writes through the survivor alone now, which saves them.
        const alone = new WriteLoad(() => survivors, actionIds, `after takeover ${round}`);
        await sleep(chaos.loadMs);
        await Promise.all([load.stop(), alone.stop()]);
        expect([...load.refusals, ...alone.refusals]).toEqual([]);
        acknowledged.push(...load.acknowledged, ...alone.acknowledged);

        const head = await logHead();
        await eventually(savedCheckpoint, (saved) => saved === head, 'the new writer saves up to the head of the log');
        await expectAcknowledgedPresent(survivors[0], acknowledged);
        servers[victim] = await start(victim);
        await expectAcknowledgedPresent(servers[victim], acknowledged);
        victim = 1 - victim;
      }
      await expectRebuildIdentical(chaosConfig({ dataDir: dirs[0], store: 'postgres', databaseSchema: schema }));
    },
    chaos.timeoutMs,
  );
});

