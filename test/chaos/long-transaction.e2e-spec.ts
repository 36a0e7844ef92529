/**
 * Chaos: a long transaction elsewhere on the PostgreSQL server (another database, idle in
 * transaction in ours, a snapshot holder), held for 2 s in the short form and 30 s with
 * CHAOS_LONG=1, while two API instances on one schema take writes. Writes keep succeeding, both
 * read models follow while it is held, nothing is missed once it ends, and the projections equal
 * a rebuild. (The p99 figure is bench W9's; docs/adr/0007.)
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { dropSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';
import { FOREIGN_TRANSACTION_KINDS, dropOtherDatabase, holdForeignTransaction } from '@saferplan/event-store/testing/foreign-transactions';
import { PlanProjector } from '@saferplan/projections';
import { ApiHarness } from '../support/api-harness';
import { type Acknowledged, WriteLoad, chaos, expectAcknowledgedPresent, expectRebuildIdentical, givenActions } from './support/chaos-load';

const OTHER_DATABASE = 'pgtxn_other_chaos';

describeWithService('postgres', 'chaos: a long transaction elsewhere on the PostgreSQL server', (connectionString) => {
  const schema = `pgtxn_chaos_${randomBytes(5).toString('hex')}`;
  let instances: ApiHarness[] = [];

  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await dropSchema(connectionString, schema);
    await dropOtherDatabase(connectionString, OTHER_DATABASE);
  });

  it(
    `writes keep succeeding on both instances while each kind is held ${chaos.holdMs / 1000} s, and nothing is missed`,
    async () => {
      // The per-user request limit is not under test: the load and its checks run as one user.
      instances = [
        await ApiHarness.start({ store: 'postgres', databaseSchema: schema, rateLimitPerMinute: 1_000_000 }),
        await ApiHarness.start({ store: 'postgres', databaseSchema: schema, rateLimitPerMinute: 1_000_000 }),
      ];
      const actionIds = await givenActions(instances[0], chaos.writers);
      const store = instances[0].resolve<EventStore>(EVENT_STORE);
      const acknowledged: Acknowledged[] = [];
      for (const kind of FOREIGN_TRANSACTION_KINDS) {
        const held = await holdForeignTransaction(connectionString, kind, OTHER_DATABASE);
        try {
          const load = new WriteLoad(() => instances, actionIds, kind);
          await sleep(chaos.holdMs);
          await load.stop();
          expect(load.refusals).toEqual([]);
          expect(load.acknowledged.length).toBeGreaterThan(0);
          acknowledged.push(...load.acknowledged);
          // Still held: the log's head has moved past every write, and both read models with it.
          const head = await store.headPosition();
          for (const instance of instances) await instance.resolve(PlanProjector).waitFor(head);
          for (const instance of instances) await expectAcknowledgedPresent(instance, acknowledged);
        } finally {
          await held.end();
        }
      }
      for (const instance of instances) await expectAcknowledgedPresent(instance, acknowledged);
      await expectRebuildIdentical(instances[0].config);
    },
    chaos.timeoutMs,
  );
});
