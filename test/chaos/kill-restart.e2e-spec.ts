/**
 * Chaos: kill -9 of a real server process under write load, then a restart on the same data.
 * Every acknowledged write is there afterwards, once, and the projections equal a rebuild.
 * Short form in the normal jest run; CHAOS_LONG=1 for more rounds (README, "Chaos suite").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dropSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { storesUnderTest } from '../support/api-harness';
import { ChaosServer } from './support/chaos-server';
import { type Acknowledged, CHAOS_LONG, WriteLoad, chaos, chaosConfig, expectAcknowledgedPresent, expectRebuildIdentical, givenActions } from './support/chaos-load';

// PostgreSQL's short-form kill -9 is the writer-lock takeover (writer-takeover.e2e-spec.ts), which
// kills a server under load and restarts it; the long form also runs this one on PostgreSQL.
const stores = CHAOS_LONG ? storesUnderTest() : storesUnderTest().filter((store) => store === 'sqlite');

describe.each(stores)('chaos: kill -9 under write load, then restart (%s)', (store) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-chaos-kill-'));
  const databaseSchema = store === 'postgres' ? `pgtxn_chaos_${randomBytes(5).toString('hex')}` : undefined;
  const start = () => ChaosServer.start({ slot: store === 'sqlite' ? 0 : 1, dataDir, store, databaseSchema });
  let server: ChaosServer | null = null;

  afterAll(async () => {
    await server?.kill9();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseSchema) await dropSchema(process.env.DATABASE_URL!, databaseSchema);
  });

  it(
    'loses no acknowledged write and restarts to projections equal to a rebuild',
    async () => {
      server = await start();
      const actionIds = await givenActions(server, chaos.writers);
      const acknowledged: Acknowledged[] = [];
      for (let round = 0; round < chaos.rounds; round++) {
        const load = new WriteLoad(() => [server!], actionIds, `kill round ${round}`);
        await sleep(chaos.loadMs);
        await server.kill9(); // mid-write: requests are in flight
        await load.stop();
        expect(load.refusals).toEqual([]);
        expect(load.acknowledged.length).toBeGreaterThan(0);
        acknowledged.push(...load.acknowledged);

        server = await start();
        await expectAcknowledgedPresent(server, acknowledged);
      }
      await server.stop();
      server = null;
      await expectRebuildIdentical(chaosConfig({ dataDir, store, databaseSchema }));
    },
    chaos.timeoutMs,
  );
});
