import { describeEventStoreContract, waitUntil } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';
import { FakeKurrentDbClient } from './__fixtures__/fake-kurrentdb-client';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/*
 * The adapter's own logic (idempotency through command streams, revision translation, paging,
 * filtering, subscription batching and resubscription) against an in-memory fake of the client.
 * kurrentdb-event-store.spec.ts runs the same contract against a live server.
 */
describeEventStoreContract('KurrentDB adapter (in-memory fake client)', async () => {
  const fake = new FakeKurrentDbClient();
  // A small page size exercises readAll paging and subscription batching.
  const open = async (signer?: EventSigner) => new KurrentDbEventStore(fake.asClient(), { streamPrefix: 'ns/', batchSize: 7, signer });
  return { store: await open(), reopen: () => open(), reopenSigned: open, cleanup: async () => undefined };
});

describe('KurrentDbEventStore (in-memory fake client)', () => {
  const AT = new Date('2018-09-04T10:00:00Z');
  const ev = (type: string) => ({ type, data: { type }, schemaVersion: 1 });

  it('resubscribes from the last delivered position after the server drops the subscription', async () => {
    const fake = new FakeKurrentDbClient();
    const store = new KurrentDbEventStore(fake.asClient(), { resubscribeBackoff: { initialDelayMs: 5, maxDelayMs: 20 } });
    const received: RecordedEvent[] = [];
    const errors: Error[] = [];
    await store.append('plan-1', [ev('A'), ev('B')], { expectedRevision: 'no_stream', recordedAt: AT });
    const subscription = store.subscribeToAll({ onEvents: (batch) => void received.push(...batch), onError: (e) => errors.push(e) });
    await waitUntil(() => received.length === 2);

    fake.dropSubscriptions(new Error('leader changed'));
    await store.append('plan-1', [ev('C')], { expectedRevision: 1, recordedAt: AT });
    await waitUntil(() => received.length === 3);
    await store.append('plan-2', [ev('D')], { expectedRevision: 'any', recordedAt: AT });
    await waitUntil(() => received.length === 4);

    expect(received.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    expect(received).toEqual(await store.readAll());
    expect(errors.map((e) => e.message)).toEqual(['leader changed']);
    expect(fake.subscribeCalls).toEqual(['start', { commit: BigInt(received[1].position), prepare: BigInt(received[1].position) }]);
    await subscription.close();
    await store.close();
  });

  it('keeps system streams, command streams and other prefixes out of reads and subscriptions', async () => {
    const fake = new FakeKurrentDbClient();
    const store = new KurrentDbEventStore(fake.asClient(), { streamPrefix: 'a/' });
    const other = new KurrentDbEventStore(fake.asClient(), { streamPrefix: 'b/' });
    await fake.appendToStream('$stats-node', [{ id: '1', contentType: 'application/json', type: '$statsCollected', data: {}, metadata: undefined }]);
    await other.append('plan-1', [ev('Other')], { expectedRevision: 'any', recordedAt: AT });
    const mine = await store.append('plan-1', [ev('Mine')], { expectedRevision: 'any', commandId: 'cmd-1', recordedAt: AT });
    expect(fake.log.map((e) => e.streamId)).toEqual(['$stats-node', 'b/plan-1', 'a/plan-1', 'a/saferplan-command-cmd-1']);
    expect(await store.readAll()).toEqual(mine.events);
    expect(await store.headPosition()).toBe(mine.position);
    await expect(store.append('saferplan-command-x', [ev('X')], { expectedRevision: 'any', recordedAt: AT })).rejects.toThrow(/reserved/);
    await store.close();
    await other.close();
  });
});
