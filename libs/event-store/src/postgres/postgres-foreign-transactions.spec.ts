/**
 * Issue 14, failure 1: a transaction the store does not own, held open anywhere on the server,
 * must not hold back the global log. Readers wait only for transactions that append to this
 * store's events (docs/adr/0007-settled-horizon-of-our-appenders.md); the commit-order safety
 * itself is postgres-ordering.spec.ts.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { waitUntil } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';
import { dropSchema } from './postgres-test-schema';
import { describeWithService } from '../testing/service-suite';
import { dropOtherDatabase, FOREIGN_TRANSACTION_KINDS, type ForeignTransaction, holdForeignTransaction } from '../testing/foreign-transactions';

const AT = new Date('2018-09-04T10:00:00Z');
const OTHER_DATABASE = 'pgtxn_other_store_spec';

describeWithService('postgres', 'PostgreSQL: transactions the store does not own', (connectionString) => {
  let schema: string;
  let stores: PostgresEventStore[];
  let held: ForeignTransaction | null;

  const append = (store: PostgresEventStore, streamId: string, type: string) =>
    store.append(streamId, [{ type, data: { type }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: AT });
  const connect = () => PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 20 });

  beforeEach(async () => {
    schema = `pgtxn_${randomBytes(6).toString('hex')}`;
    stores = [await connect(), await connect()];
    held = null;
  });

  afterEach(async () => {
    await held?.end();
    await Promise.all(stores.map((s) => s.close()));
    await dropSchema(connectionString, schema);
  });

  afterAll(() => dropOtherDatabase(connectionString, OTHER_DATABASE));

  async function sql(text: string, params: unknown[]) {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      return await client.query(text, params);
    } finally {
      await client.end();
    }
  }

  describe.each(FOREIGN_TRANSACTION_KINDS)('held open: %s', (kind) => {
    it('every instance reads each append as soon as it is committed, and misses nothing once it ends', async () => {
      const [first, second] = stores;
      const received: RecordedEvent[][] = [[], []];
      stores.forEach((store, i) => store.subscribeToAll({ onEvents: (batch) => void received[i].push(...batch) }));
      held = await holdForeignTransaction(connectionString, kind, OTHER_DATABASE);

      const one = await append(first, 'plan-1', 'One');
      // No waiting: the append has committed, and nothing of ours is in flight.
      expect((await first.readAll()).map((e) => e.type)).toEqual(['One']);
      expect((await second.readAll()).map((e) => e.type)).toEqual(['One']);
      expect(await second.headPosition()).toBe(one.position);

      const two = await append(second, 'plan-2', 'Two');
      expect(await first.headPosition()).toBe(two.position);
      await waitUntil(() => received.every((r) => r.length === 2), 10_000);

      await held.end();
      held = null;
      const three = await append(first, 'plan-1', 'Three');
      await waitUntil(() => received.every((r) => r.length === 3), 10_000);
      for (const events of received) expect(events.map((e) => e.position)).toEqual([one.position, two.position, three.position]);
      expect(await second.readAll()).toEqual(received[0]);
    });
  });

  it('under concurrent appends from two instances, while one is held, each subscriber gets every event once, in order', async () => {
    const received: RecordedEvent[][] = [[], []];
    stores.forEach((store, i) => store.subscribeToAll({ onEvents: (batch) => void received[i].push(...batch) }));
    held = await holdForeignTransaction(connectionString, 'idle-in-transaction', OTHER_DATABASE);
    const writer = async (store: PostgresEventStore, w: number) => {
      for (let i = 0; i < 20; i++) await append(store, `plan-${w % 3}`, `W${w}-${i}`);
    };
    await Promise.all([0, 1, 2, 3, 4, 5].map((w) => writer(stores[w % 2], w)));
    await waitUntil(() => received.every((r) => r.length >= 120), 15_000);
    const all = await stores[0].readAll();
    expect(all).toHaveLength(120);
    for (const events of received) expect(events).toEqual(all);
    expect(all.every((e, i) => i === 0 || e.position > all[i - 1].position)).toBe(true);
  });

  it('widens a running 32-bit xid to xid8 on either side of the next id, across the 2^32 wrap', async () => {
    const widen = async (xid: number, near: number) =>
      Number((await sql(`SELECT "${schema}".widen_xid($1::text::xid, $2) AS id`, [xid, near])).rows[0].id);
    const epoch = 2 ** 32;
    expect(await widen(5, 3 * epoch + 10)).toBe(3 * epoch + 5);
    expect(await widen(20, 3 * epoch + 10)).toBe(3 * epoch + 20); // handed out after `near` was read
    expect(await widen(epoch - 6, 3 * epoch + 3)).toBe(3 * epoch - 6); // before the wrap
    expect(await widen(4, 3 * epoch - 2)).toBe(3 * epoch + 4); // after it
  });

  it('an append into a transaction that has already written is refused before it writes', async () => {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()');
      await expect(
        client.query(`SELECT * FROM "${schema}".append_events('plan-1', -1, NULL, NULL, now(), ARRAY[gen_random_uuid()], ARRAY['Late'], ARRAY['{}'::json], ARRAY['{}'::jsonb])`),
      ).rejects.toThrow(/must start its transaction/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    expect(await stores[0].readStream('plan-1')).toEqual([]);
  });
});
