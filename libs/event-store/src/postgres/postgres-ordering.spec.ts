/**
 * Interleavings that break sequence-numbered event logs, driven with real transactions on
 * separate connections. Writers run the store's own append SQL (appendInTransaction) inside
 * transactions this spec opens, holds, commits or rolls back; the reader is a PostgresEventStore
 * subscription polling meanwhile.
 */
import { Client } from 'pg';
import { sleep, waitUntil } from '../contract/event-store.contract';
import type { AppendResult, RecordedEvent } from '../event-store.port';
import { appendInTransaction } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { dropSchema, freshTestSchema } from './postgres-test-schema';
import { tablesFor } from './postgres-schema';
import { describeWithService } from '../testing/service-suite';

const AT = new Date('2018-09-04T10:00:00Z');

describeWithService('postgres', 'PostgreSQL global ordering', (connectionString) => {
  describe('PostgreSQL global ordering', () => {
    let schema: string;
    let store: PostgresEventStore;
    let received: RecordedEvent[];
    const clients: Client[] = [];

    /** A writer holding its own transaction open until told otherwise. */
    async function openTransaction() {
      const client = new Client({ connectionString });
      clients.push(client);
      await client.connect();
      await client.query('BEGIN');
      return {
        append: (streamId: string, types: string[]): Promise<AppendResult> =>
          appendInTransaction(client, tablesFor(schema), streamId, types.map((type) => ({ type, data: { type }, schemaVersion: 1 })), {
            expectedRevision: 'any',
            recordedAt: AT,
          }),
        commit: () => client.query('COMMIT'),
        rollback: () => client.query('ROLLBACK'),
      };
    }

    const append = (streamId: string, type: string) =>
      store.append(streamId, [{ type, data: { type }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: AT });
    const types = (events: RecordedEvent[]) => events.map((e) => e.type);

    function expectExactlyOnceInOrder(events: RecordedEvent[]): void {
      const positions = events.map((e) => e.position);
      expect(new Set(events.map((e) => e.metadata.eventId)).size).toBe(events.length);
      positions.forEach((p, i) => i > 0 && expect(p).toBeGreaterThan(positions[i - 1]));
    }

    beforeEach(async () => {
      schema = freshTestSchema();
      store = await PostgresEventStore.connect({ connectionString, schema, pollIntervalMs: 20 });
      received = [];
      store.subscribeToAll({ onEvents: (batch) => void received.push(...batch) });
    });

    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
      await store.close();
      await dropSchema(connectionString, schema);
    });

    it('a later transaction that commits first is held back until the earlier one commits', async () => {
      const earlier = await openTransaction();
      await earlier.append('plan-a', ['A1']);
      const later = await openTransaction();
      await later.append('plan-b', ['B1']);
      await later.commit();

      // B1 is committed and its own stream shows it, but the global log must not move past A1's slot.
      expect(types(await store.readStream('plan-b'))).toEqual(['B1']);
      for (let poll = 0; poll < 10; poll++) {
        expect(await store.readAll()).toEqual([]);
        expect(await store.headPosition()).toBe(0);
        await sleep(30);
      }
      expect(received).toEqual([]);

      await earlier.commit();
      await waitUntil(() => received.length >= 2, 10_000);
      await sleep(100);
      expect(types(received)).toEqual(['A1', 'B1']);
      expect(received).toEqual(await store.readAll());
    });

    it('a slow multi-event transaction holds readers back, then everything arrives exactly once', async () => {
      const before = await append('plan-0', 'Before');
      await waitUntil(() => received.length === 1, 10_000);

      const slow = await openTransaction();
      const slowTypes = Array.from({ length: 50 }, (_, i) => `Slow${i}`);
      await slow.append('plan-slow', slowTypes);
      const quick = await Promise.all(Array.from({ length: 10 }, (_, i) => append(`plan-${i}`, `Quick${i}`)));
      expect(quick.every((r) => r.duplicate === false)).toBe(true);

      await sleep(400);
      expect(types(received)).toEqual(['Before']);
      expect(await store.headPosition()).toBe(before.position);
      expect(types(await store.readAll({ after: before.position }))).toEqual([]);

      await slow.commit();
      await waitUntil(() => received.length >= 61, 10_000);
      await sleep(100);
      const quickInCommitSlotOrder = [...quick].sort((a, b) => a.position - b.position).map((r) => r.events[0].type);
      expect(types(received)).toEqual(['Before', ...slowTypes, ...quickInCommitSlotOrder]);
      expectExactlyOnceInOrder(received);
      expect(received).toEqual(await store.readAll());
    });

    it('a rolled-back transaction leaves a gap the reader moves past', async () => {
      const doomed = await openTransaction();
      await doomed.append('plan-doomed', ['Doomed1', 'Doomed2', 'Doomed3']);
      await append('plan-1', 'Kept1');
      await append('plan-2', 'Kept2');
      await sleep(200);
      expect(received).toEqual([]);

      await doomed.rollback();
      await waitUntil(() => received.length >= 2, 10_000);
      await append('plan-1', 'Kept3');
      await waitUntil(() => received.length >= 3, 10_000);
      await sleep(100);
      expect(types(received)).toEqual(['Kept1', 'Kept2', 'Kept3']);
      expect(await store.readStream('plan-doomed')).toEqual([]);
      expectExactlyOnceInOrder(received);
    });

    it('under random interleavings every committed event is delivered exactly once in a stable order', async () => {
      const committed = new Set<string>();
      const writer = async (w: number) => {
        for (let i = 0; i < 10; i++) {
          const tx = await openTransaction();
          const result = await tx.append(`plan-${(w + i) % 3}`, [`W${w}-${i}-a`, `W${w}-${i}-b`]);
          await sleep(Math.floor(Math.random() * 25));
          if (Math.random() < 0.2) {
            await tx.rollback();
          } else {
            await tx.commit();
            for (const e of result.events) committed.add(e.type);
          }
        }
      };
      await Promise.all([0, 1, 2, 3, 4].map(writer));
      await waitUntil(() => received.length >= committed.size, 15_000);
      await sleep(200);

      const all = await store.readAll();
      expect(received).toEqual(all);
      expect(new Set(types(received))).toEqual(committed);
      expectExactlyOnceInOrder(received);
      // The two events of each append are adjacent: a transaction is never split by another.
      for (let i = 0; i < received.length; i += 2) {
        expect(received[i].type.replace(/-a$/, '')).toBe(received[i + 1].type.replace(/-b$/, ''));
      }
    });
  });
});
