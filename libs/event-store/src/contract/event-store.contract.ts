/**
 * The one behavioural suite every event-store adapter must pass. Test-only: import it by path
 * (`@saferplan/event-store/contract/event-store.contract`) from an adapter's spec file.
 */
import {
  type AppendOptions,
  CommandAlreadyRecordedError,
  CommandIdReusedError,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { generateKeyPairSync } from 'node:crypto';
import { eventHash } from '../shared/hash-chain';
import { verifyAuditTrail } from '../audit/audit-trail';
import { EventSigner, witnessProblem } from '../audit/event-witness';

export interface ContractFixture {
  store: EventStore;
  /** Opens the same storage again after `store` was closed; enables the durability tests. */
  reopen?: () => Promise<EventStore>;
  /** Opens the same storage again, signing every event it appends (the server's way). */
  reopenSigned: (signer: EventSigner) => Promise<EventStore>;
  /** Removes the storage; the suite has already closed every store it opened. */
  cleanup: () => Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const AT = new Date('2018-09-04T10:00:00.000Z');

export function describeEventStoreContract(name: string, factory: () => Promise<ContractFixture>): void {
  describe(`${name}: event store contract`, () => {
    let fixture: ContractFixture;
    let store: EventStore;
    const opened: EventStore[] = [];
    const subscriptions: Subscription[] = [];

    beforeEach(async () => {
      fixture = await factory();
      store = fixture.store;
      opened.push(store);
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((s) => s.close()));
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await fixture.cleanup();
    });

    const ev = (type: string, data: unknown = {}, schemaVersion = 1): NewEvent => ({ type, data, schemaVersion });
    const opts = (expectedRevision: AppendOptions['expectedRevision'], extra: Partial<AppendOptions> = {}): AppendOptions => ({
      expectedRevision,
      recordedAt: AT,
      ...extra,
    });
    const seed = (streamId: string, count: number) =>
      store.append(streamId, Array.from({ length: count }, (_, i) => ev(`Seeded`, { i })), opts('any'));
    const revisionsOf = (events: RecordedEvent[]) => events.map((e) => e.revision);

    async function expectWrongRevision(
      attempt: Promise<unknown>,
      expected: WrongExpectedRevisionError['expected'],
      actual: WrongExpectedRevisionError['actual'],
    ): Promise<void> {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId: expect.any(String), expected, actual });
    }

    function subscribe(after?: number, onBatch?: (batch: RecordedEvent[]) => Promise<void> | void) {
      const received: RecordedEvent[] = [];
      const batches: number[] = [];
      const errors: Error[] = [];
      const subscription = store.subscribeToAll({
        after,
        onEvents: async (batch) => {
          batches.push(batch.length);
          received.push(...batch);
          await onBatch?.(batch);
        },
        onError: (error) => errors.push(error),
      });
      subscriptions.push(subscription);
      return { received, batches, errors, subscription };
    }

    describe('expected revision', () => {
      it("'any' creates a stream at revision 0 and appends after an existing one", async () => {
        const first = await store.append('plan-1', [ev('A'), ev('B')], opts('any'));
        expect(first.nextExpectedRevision).toBe(1);
        expect(revisionsOf(first.events)).toEqual([0, 1]);
        const second = await store.append('plan-1', [ev('C')], opts('any'));
        expect(second.nextExpectedRevision).toBe(2);
        expect(revisionsOf(await store.readStream('plan-1'))).toEqual([0, 1, 2]);
      });

      it("'no_stream' creates a new stream and fails on an existing one", async () => {
        const created = await store.append('plan-1', [ev('A')], opts('no_stream'));
        expect(created.nextExpectedRevision).toBe(0);
        await expectWrongRevision(store.append('plan-1', [ev('B')], opts('no_stream')), 'no_stream', 0);
      });

      it("'stream_exists' fails on a new stream and appends to an existing one", async () => {
        await expectWrongRevision(store.append('plan-1', [ev('A')], opts('stream_exists')), 'stream_exists', 'no_stream');
        await seed('plan-1', 2);
        const result = await store.append('plan-1', [ev('C')], opts('stream_exists'));
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('an exact revision appends when it is the last revision', async () => {
        await seed('plan-1', 3);
        const result = await store.append('plan-1', [ev('D'), ev('E')], opts(2));
        expect(result.nextExpectedRevision).toBe(4);
        expect(revisionsOf(result.events)).toEqual([3, 4]);
      });

      it('a wrong exact revision fails with the expected and actual revisions', async () => {
        await seed('plan-1', 3);
        await expectWrongRevision(store.append('plan-1', [ev('D')], opts(1)), 1, 2);
        await expectWrongRevision(store.append('plan-1', [ev('D')], opts(3)), 3, 2);
        await expectWrongRevision(store.append('plan-2', [ev('D')], opts(0)), 0, 'no_stream');
        const error = await store.append('plan-1', [ev('D')], opts(5)).catch((e: WrongExpectedRevisionError) => e);
        expect(error).toMatchObject({ name: 'WrongExpectedRevisionError', streamId: 'plan-1', expected: 5, actual: 2 });
      });

      it('writes nothing on a failed append, and does not burn its commandId', async () => {
        const seeded = await seed('plan-1', 2);
        const before = await store.readAll();
        await expectWrongRevision(
          store.append('plan-1', [ev('X'), ev('Y')], opts(0, { commandId: 'cmd-failed' })),
          0,
          1,
        );
        await expectWrongRevision(store.append('plan-2', [ev('X')], opts('stream_exists', { commandId: 'cmd-failed' })), 'stream_exists', 'no_stream');
        expect(await store.readAll()).toEqual(before);
        expect(await store.readStream('plan-2')).toEqual([]);
        expect(await store.headPosition()).toBe(seeded.position);
        expect(await store.findCommand('cmd-failed')).toBeNull();

        const retried = await store.append('plan-1', [ev('X')], opts(1, { commandId: 'cmd-failed' }));
        expect(retried).toMatchObject({ duplicate: false, nextExpectedRevision: 2 });
      });

      it('rejects an empty append with a plain Error and writes nothing', async () => {
        const error = await store.append('plan-1', [], opts('any')).catch((e: Error) => e);
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as Error).message).toMatch(/non-empty/);
        expect(await store.headPosition()).toBe(0);
      });
    });

    describe('idempotency by commandId', () => {
      it('a retry returns the original events with duplicate: true and records nothing', async () => {
        const first = await store.append('plan-1', [ev('A', { n: 1 }), ev('B', { n: 2 })], opts('no_stream', { commandId: 'cmd-1', actor: 'ann' }));
        const head = await store.headPosition();
        const retry = await store.append('plan-1', [ev('A', { n: 1 }), ev('B', { n: 2 })], opts('no_stream', { commandId: 'cmd-1', actor: 'ann' }));
        expect(first.duplicate).toBe(false);
        expect(retry).toEqual({ ...first, duplicate: true });
        expect(await store.readAll()).toEqual(first.events);
        expect(await store.headPosition()).toBe(head);
        expect(await store.findCommand('cmd-1')).toEqual(first.events);
      });

      it('a retry is a duplicate even after another writer moved the stream on', async () => {
        const first = await store.append('plan-1', [ev('A')], opts('no_stream', { commandId: 'cmd-1' }));
        const other = await store.append('plan-1', [ev('B')], opts(0, { commandId: 'cmd-2' }));
        const retry = await store.append('plan-1', [ev('A')], opts('no_stream', { commandId: 'cmd-1' }));
        expect(retry).toEqual({ nextExpectedRevision: 0, position: first.position, events: first.events, duplicate: true });
        expect(await store.readAll()).toEqual([...first.events, ...other.events]);
      });

      it('concurrent appends with one commandId record the events exactly once', async () => {
        const attempts = await Promise.all(
          Array.from({ length: 6 }, () => store.append('plan-1', [ev('A'), ev('B')], opts('any', { commandId: 'cmd-race' }))),
        );
        expect(attempts.filter((a) => !a.duplicate)).toHaveLength(1);
        const original = attempts.find((a) => !a.duplicate)!;
        for (const attempt of attempts) expect(attempt.events).toEqual(original.events);
        expect(revisionsOf(await store.readStream('plan-1'))).toEqual([0, 1]);
        expect(await store.readAll()).toHaveLength(2);
      });

      it('a commandId reused for another stream fails with CommandIdReusedError and writes nothing', async () => {
        const first = await store.append('plan-1', [ev('A')], opts('any', { commandId: 'cmd-1' }));
        const error = await store.append('plan-2', [ev('A')], opts('any', { commandId: 'cmd-1' })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CommandIdReusedError);
        expect(error).toMatchObject({ commandId: 'cmd-1', streamId: 'plan-1' });
        expect(await store.readStream('plan-2')).toEqual([]);
        expect(await store.readAll()).toEqual(first.events);
      });

      it('findCommand is null for an unknown commandId and for appends without one', async () => {
        await store.append('plan-1', [ev('A')], opts('any'));
        expect(await store.findCommand('never-used')).toBeNull();
      });
    });

    describe('metadata and data', () => {
      it('records actor and their name, correlation, causation, commandId, recordedAt and schemaVersion per event', async () => {
        const result = await store.append(
          'plan-1',
          [ev('A', {}, 1), ev('B', {}, 3)],
          opts('any', { commandId: 'cmd-1', actor: 'coordinator@nwl', actorName: 'NWL coordinator', correlationId: 'corr-1', causationId: 'cause-1', recordedAt: new Date('2019-01-02T03:04:05.678Z') }),
        );
        expect(result.events.map((e) => e.metadata)).toEqual([
          { eventId: expect.stringMatching(UUID), actor: 'coordinator@nwl', actorName: 'NWL coordinator', correlationId: 'corr-1', causationId: 'cause-1', commandId: 'cmd-1', recordedAt: '2019-01-02T03:04:05.678Z', schemaVersion: 1, previousHash: null, hash: expect.stringMatching(SHA256) },
          { eventId: expect.stringMatching(UUID), actor: 'coordinator@nwl', actorName: 'NWL coordinator', correlationId: 'corr-1', causationId: 'cause-1', commandId: 'cmd-1', recordedAt: '2019-01-02T03:04:05.678Z', schemaVersion: 3, previousHash: result.events[0].metadata.hash, hash: expect.stringMatching(SHA256) },
        ]);
        expect(await store.readStream('plan-1')).toEqual(result.events);
        expect(await store.readAll()).toEqual(result.events);
      });

      it('chains each event to the previous one of its stream by a SHA-256 hash over its content', async () => {
        const first = await store.append('plan-1', [ev('A', { n: 1 }), ev('B', { nested: { z: 1, a: [2, 'x'] } })], opts('no_stream'));
        await store.append('other-1', [ev('X')], opts('no_stream'));
        const second = await store.append('plan-1', [ev('C', { n: 3 })], opts(1, { commandId: 'cmd-c', actor: 'auditor' }));
        const [a, b] = first.events;
        const [c] = second.events;
        expect(a.metadata.previousHash).toBeNull();
        expect(b.metadata.previousHash).toBe(a.metadata.hash);
        expect(c.metadata.previousHash).toBe(b.metadata.hash);
        for (const event of await store.readAll()) expect(event.metadata.hash).toBe(eventHash(event));
        expect(new Set([a, b, c].map((e) => e.metadata.hash)).size).toBe(3);
        const verification = await verifyAuditTrail(store);
        expect({ ok: verification.ok, eventsChecked: verification.eventsChecked, problems: verification.problems }).toEqual({ ok: true, eventsChecked: 4, problems: [] });
        expect(verification.heads.map((h) => [h.streamId, h.revision, h.hash])).toEqual([
          ['other-1', 0, expect.stringMatching(SHA256)],
          ['plan-1', 2, c.metadata.hash],
        ]);
      });

      it("chains appends with 'any' and 'stream_exists' to the stream's current head", async () => {
        const a = await store.append('plan-1', [ev('A')], opts('any'));
        const b = await store.append('plan-1', [ev('B')], opts('stream_exists'));
        const c = await store.append('plan-1', [ev('C')], opts('any'));
        expect(b.events[0].metadata.previousHash).toBe(a.events[0].metadata.hash);
        expect(c.events[0].metadata.previousHash).toBe(b.events[0].metadata.hash);
      });

      it('defaults: correlationId is the commandId, else one fresh uuid per append; actor and causation null', async () => {
        const withCommand = await store.append('plan-1', [ev('A')], opts('any', { commandId: 'cmd-1' }));
        expect(withCommand.events[0].metadata).toMatchObject({ correlationId: 'cmd-1', actor: null, actorName: null, causationId: null });
        const without = await store.append('plan-1', [ev('B'), ev('C')], opts('any'));
        const [b, c] = without.events.map((e) => e.metadata);
        expect(b.correlationId).toMatch(UUID);
        expect(c.correlationId).toBe(b.correlationId);
        expect(b).toMatchObject({ commandId: null, actor: null, causationId: null, recordedAt: AT.toISOString() });
      });

      it('event ids are unique uuids', async () => {
        await store.append('plan-1', [ev('A'), ev('B')], opts('any', { commandId: 'cmd-1' }));
        await store.append('plan-1', [ev('C'), ev('D')], opts('any'));
        await store.append('plan-2', [ev('E')], opts('any', { commandId: 'cmd-2' }));
        const ids = (await store.readAll()).map((e) => e.metadata.eventId);
        expect(ids.every((id) => UUID.test(id))).toBe(true);
        expect(new Set(ids).size).toBe(5);
      });

      it('round-trips JSON data exactly, including unicode and escapes', async () => {
        const data = {
          title: 'Réduire les comportements antisociaux – Loughborough 🚓',
          cjk: '社区安全', rtl: 'أمان المجتمع', combining: 'e\u0301', nul: 'a\u0000b',
          quotes: `"quoted" 'single' \\ backslash \n newline \t tab`,
          numbers: [0, -1, 3.14159, 1e-7, Number.MAX_SAFE_INTEGER], flags: [true, false, null],
          nested: { empty: {}, list: [], deep: { deeper: { deepest: 'yes' } } },
        };
        const result = await store.append('plan-1', [ev('Ünïcode✓', data), ev('Scalar', 'just a string'), ev('List', [1, 'two'])], opts('any'));
        const read = await store.readStream('plan-1');
        expect(read.map((e) => e.data)).toEqual([data, 'just a string', [1, 'two']]);
        expect(read[0].type).toBe('Ünïcode✓');
        expect(result.events.map((e) => e.data)).toEqual(read.map((e) => e.data));
      });
    });

    describe('reading', () => {
      it('every read gives each event exactly as the append returned it, recordedAt to the millisecond either side of 1970', async () => {
        const instants = ['1969-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z', '2000-02-29T23:59:59.001Z', '2099-12-31T23:59:59.999Z'];
        const appended: RecordedEvent[] = [];
        for (const [i, at] of instants.entries()) {
          const result = await store.append('plan-1', [ev('At', { i })], opts('any', { commandId: `at-${i}`, actor: i % 2 ? 'coordinator@nwl' : null, recordedAt: new Date(at) }));
          appended.push(...result.events);
        }
        expect(appended.map((e) => e.metadata.recordedAt)).toEqual(instants);
        const byCommand = (await Promise.all(instants.map((_, i) => store.findCommand(`at-${i}`)))).flat();
        const reads = [await store.readStream('plan-1'), (await store.readStream('plan-1', { direction: 'backwards' })).reverse(), await store.readAll(), byCommand];
        for (const read of reads) expect(read).toEqual(appended);
        // One shape for every read path: the same keys in the same order, not only equal values.
        for (const read of reads.slice(1)) expect(JSON.stringify(read)).toBe(JSON.stringify(reads[0]));
        const filtered = await store.readAll({ filter: { streamIds: ['plan-1'], recordedTo: new Date(instants[1]) } });
        expect(filtered.map((e) => e.metadata.recordedAt)).toEqual(instants.slice(0, 2));
      });

      it('reads a missing stream as an empty array', async () => {
        await seed('plan-1', 1);
        expect(await store.readStream('plan-missing')).toEqual([]);
        expect(await store.readStream('plan-missing', { direction: 'backwards' })).toEqual([]);
      });

      it('reads one stream forwards and backwards from an inclusive revision with maxCount', async () => {
        await seed('plan-1', 3);
        await seed('plan-2', 4);
        await seed('plan-1', 2);
        expect(revisionsOf(await store.readStream('plan-1'))).toEqual([0, 1, 2, 3, 4]);
        expect((await store.readStream('plan-1')).every((e) => e.streamId === 'plan-1')).toBe(true);
        expect(revisionsOf(await store.readStream('plan-1', { fromRevision: 2, maxCount: 2 }))).toEqual([2, 3]);
        expect(revisionsOf(await store.readStream('plan-1', { fromRevision: 3 }))).toEqual([3, 4]);
        expect(revisionsOf(await store.readStream('plan-1', { fromRevision: 5 }))).toEqual([]);
        expect(revisionsOf(await store.readStream('plan-1', { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(revisionsOf(await store.readStream('plan-1', { direction: 'backwards', fromRevision: 3, maxCount: 2 }))).toEqual([3, 2]);
        expect(revisionsOf(await store.readStream('plan-1', { direction: 'backwards', maxCount: 1 }))).toEqual([4]);
        expect(revisionsOf(await store.readStream('plan-1', { direction: 'forwards', maxCount: 0 }))).toEqual([]);
      });

      it('reads the global log after an exclusive position with maxCount, positions strictly increasing', async () => {
        const a = await store.append('plan-1', [ev('A1'), ev('A2')], opts('any'));
        const b = await store.append('plan-2', [ev('B1')], opts('any'));
        const c = await store.append('plan-1', [ev('A3'), ev('A4')], opts('any'));
        const all = await store.readAll();
        expect(all.map((e) => e.type)).toEqual(['A1', 'A2', 'B1', 'A3', 'A4']);
        expect(all).toEqual([...a.events, ...b.events, ...c.events]);
        const positions = all.map((e) => e.position);
        positions.forEach((p, i) => {
          expect(Number.isSafeInteger(p)).toBe(true);
          expect(p).toBeGreaterThan(i === 0 ? 0 : positions[i - 1]);
        });
        expect(a.position).toBe(positions[1]);
        expect(b.position).toBe(positions[2]);
        expect((await store.readAll({ after: positions[1] })).map((e) => e.type)).toEqual(['B1', 'A3', 'A4']);
        expect((await store.readAll({ after: positions[1], maxCount: 2 })).map((e) => e.type)).toEqual(['B1', 'A3']);
        expect((await store.readAll({ after: 0, maxCount: 1 })).map((e) => e.type)).toEqual(['A1']);
        expect(await store.readAll({ after: positions[4] })).toEqual([]);
      });

      it('filters the global log by stream, streams, type, actor and recordedAt bounds; maxCount counts matches', async () => {
        const at = (iso: string) => ({ recordedAt: new Date(iso) });
        await store.append('plan-1', [ev('Planned')], opts('any', { ...at('2018-04-01T09:00:00.000Z'), actor: 'ann' }));
        await store.append('action-1', [ev('Updated', { q: 1 })], opts('any', { ...at('2018-07-10T09:00:00.000Z'), actor: 'bob' }));
        await store.append('action-2', [ev('Updated', { q: 1 })], opts('any', { ...at('2018-07-20T09:00:00.000Z'), actor: 'ann' }));
        await store.append('action-1', [ev('Corrected', { q: 1 })], opts('any', { ...at('2018-09-01T09:00:00.000Z'), actor: 'ann' }));
        const keys = (events: RecordedEvent[]) => events.map((e) => `${e.streamId}@${e.revision}`);
        expect(keys(await store.readAll({ filter: { streamId: 'action-1' } }))).toEqual(['action-1@0', 'action-1@1']);
        expect(keys(await store.readAll({ filter: { streamIds: ['plan-1', 'action-2'] } }))).toEqual(['plan-1@0', 'action-2@0']);
        expect(keys(await store.readAll({ filter: { type: 'Updated' } }))).toEqual(['action-1@0', 'action-2@0']);
        expect(keys(await store.readAll({ filter: { streamPrefix: 'action-' } }))).toEqual(['action-1@0', 'action-2@0', 'action-1@1']);
        expect(keys(await store.readAll({ filter: { streamPrefix: 'action-1' }, after: 0 }))).toEqual(['action-1@0', 'action-1@1']);
        expect(keys(await store.readAll({ filter: { streamPrefix: 'action-', actor: 'ann' }, maxCount: 1 }))).toEqual(['action-2@0']);
        expect(await store.readAll({ filter: { streamPrefix: 'person-' } })).toEqual([]);
        await expect(store.readAll({ filter: { streamPrefix: '' } })).rejects.toThrow(/streamPrefix/);
        expect(keys(await store.readAll({ filter: { actor: 'ann' } }))).toEqual(['plan-1@0', 'action-2@0', 'action-1@1']);
        expect(
          keys(await store.readAll({ filter: { recordedFrom: new Date('2018-07-10T09:00:00.000Z'), recordedTo: new Date('2018-07-20T09:00:00.000Z') } })),
        ).toEqual(['action-1@0', 'action-2@0']);
        expect(keys(await store.readAll({ filter: { actor: 'ann', type: 'Updated' } }))).toEqual(['action-2@0']);
        const firstAnn = await store.readAll({ filter: { actor: 'ann' }, maxCount: 2 });
        expect(keys(firstAnn)).toEqual(['plan-1@0', 'action-2@0']);
        expect(keys(await store.readAll({ filter: { actor: 'ann' }, after: firstAnn[1].position }))).toEqual(['action-1@1']);
        expect(await store.readAll({ filter: { streamIds: [] } })).toEqual([]);
        expect(await store.readAll({ filter: { actor: 'nobody' } })).toEqual([]);
      });

      it('headPosition is 0 when empty, then the position of the last committed event', async () => {
        expect(await store.readAll()).toEqual([]);
        expect(await store.headPosition()).toBe(0);
        await seed('plan-1', 2);
        const last = await store.append('plan-2', [ev('B')], opts('any'));
        expect(await store.headPosition()).toBe(last.position);
        expect(last.position).toBe(last.events[0].position);
      });
    });

    describe('concurrency', () => {
      it('of concurrent appends with the same expected revision exactly one wins', async () => {
        await seed('plan-1', 1);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => store.append('plan-1', [ev('Racer', { i })], opts(0))),
        );
        const winners = outcomes.filter((o) => o.status === 'fulfilled');
        const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(7);
        for (const loser of losers) {
          expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(loser.reason).toMatchObject({ expected: 0, actual: 1 });
        }
        expect(revisionsOf(await store.readStream('plan-1'))).toEqual([0, 1]);
      });

      it("of concurrent creators with 'no_stream' exactly one wins", async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) => store.append('plan-new', [ev('Created', { i })], opts('no_stream'))),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ name: 'WrongExpectedRevisionError', actual: 0 });
        expect(await store.readStream('plan-new')).toHaveLength(1);
      });

      it("concurrent 'any' appends to one stream all land with gapless revisions", async () => {
        await Promise.all(Array.from({ length: 10 }, (_, i) => store.append('plan-1', [ev('A', { i }), ev('B', { i })], opts('any'))));
        const stream = await store.readStream('plan-1');
        expect(revisionsOf(stream)).toEqual(Array.from({ length: 20 }, (_, i) => i));
        // The two events of each append stay adjacent: appends are atomic.
        for (let i = 0; i < 20; i += 2) expect(stream[i].data).toEqual(stream[i + 1].data);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up, then delivers live events in order, each once', async () => {
        await seed('plan-1', 3);
        const { received, errors } = subscribe();
        await waitUntil(() => received.length >= 3);
        await store.append('plan-2', [ev('Live1')], opts('any'));
        await store.append('plan-1', [ev('Live2'), ev('Live3')], opts('any'));
        await waitUntil(() => received.length >= 6);
        await sleep(300); // nothing more may arrive
        expect(received).toEqual(await store.readAll());
        expect(received.map((e) => e.type)).toEqual(['Seeded', 'Seeded', 'Seeded', 'Live1', 'Live2', 'Live3']);
        expect(errors).toEqual([]);
      });

      it('starts after the given checkpoint', async () => {
        const first = await seed('plan-1', 2);
        await store.append('plan-2', [ev('After')], opts('any'));
        const { received } = subscribe(first.position);
        await waitUntil(() => received.length >= 1);
        await sleep(100);
        expect(received.map((e) => e.type)).toEqual(['After']);
      });

      it('catches up across several batches in order', async () => {
        await seed('plan-1', 1100);
        await seed('plan-2', 400);
        const { received, batches } = subscribe();
        await waitUntil(() => received.length >= 1500, 20_000);
        expect(batches.length).toBeGreaterThan(1);
        expect(received).toEqual(await store.readAll());
      });

      it('waits for each onEvents before delivering the next batch', async () => {
        let running = 0;
        let overlapped = false;
        const { received } = subscribe(undefined, async () => {
          running++;
          if (running > 1) overlapped = true;
          await sleep(30);
          running--;
        });
        for (let i = 0; i < 8; i++) await store.append(`plan-${i % 3}`, [ev('E', { i })], opts('any'));
        await waitUntil(() => received.length >= 8);
        expect(overlapped).toBe(false);
        expect(received.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      });

      it('close() waits for a running onEvents and stops delivery', async () => {
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        let finished = false;
        await seed('plan-1', 1);
        const { received, subscription } = subscribe(undefined, async () => {
          await gate;
          finished = true;
        });
        await waitUntil(() => received.length === 1);
        const closing = subscription.close();
        setTimeout(release, 50);
        await closing;
        expect(finished).toBe(true);
        await store.append('plan-1', [ev('AfterClose')], opts('any'));
        await sleep(400);
        expect(received).toHaveLength(1);
      });

      it('reports a failing onEvents to onError and stops', async () => {
        await seed('plan-1', 1);
        const { received, errors } = subscribe(undefined, () => {
          throw new Error('projection broke');
        });
        await waitUntil(() => errors.length === 1);
        await store.append('plan-1', [ev('Next')], opts('any'));
        await sleep(400);
        expect(errors.map((e) => e.message)).toEqual(['projection broke']);
        expect(received).toHaveLength(1);
      });

      it("the store's close() ends its subscriptions", async () => {
        const { received, subscription } = subscribe();
        await seed('plan-1', 1);
        await waitUntil(() => received.length === 1);
        await store.close();
        await subscription.close(); // still safe after the store closed it
        expect(received).toHaveLength(1);
      });
    });

    describe('appendAll: several appends, all or nothing', () => {
      const batch = (thirdExpects: AppendOptions['expectedRevision']) => [
        { streamId: 'plan-1', events: [ev('PlanCreated')], options: opts('no_stream', { commandId: 'cmd-plan' }) },
        { streamId: 'plan-1', events: [ev('PriorityAdded', { n: 1 }), ev('PriorityAdded', { n: 2 })], options: opts(0, { commandId: 'cmd-priorities' }) },
        { streamId: 'action-1', events: [ev('ActionCreated')], options: opts(thirdExpects, { commandId: 'cmd-action' }) },
      ];

      it('writes every append in order, appends to one stream chained one after another', async () => {
        const results = await store.appendAll(batch('no_stream'));
        expect(results.map((r) => [r.nextExpectedRevision, r.duplicate, r.events.length])).toEqual([[0, false, 1], [2, false, 2], [0, false, 1]]);
        const all = await store.readAll();
        expect(all).toEqual(results.flatMap((r) => r.events));
        expect(revisionsOf(await store.readStream('plan-1'))).toEqual([0, 1, 2]);
        expect(await store.findCommand('cmd-priorities')).toEqual(results[1].events);
        expect(await verifyAuditTrail(store)).toMatchObject({ ok: true, eventsChecked: 4 });
      });

      it('a failure halfway writes none of them and burns none of their commandIds', async () => {
        await seed('other', 1);
        const head = await store.headPosition();
        await expectWrongRevision(store.appendAll(batch(0)), 0, 'no_stream');
        expect(await store.headPosition()).toBe(head);
        expect(await store.readStream('plan-1')).toEqual([]);
        expect(await store.findCommand('cmd-plan')).toBeNull();
        const results = await store.appendAll(batch('no_stream'));
        expect(results.every((r) => !r.duplicate)).toBe(true);
      });

      it('a commandId already recorded fails the whole batch instead of replaying part of it', async () => {
        await store.append('action-1', [ev('ActionCreated')], opts('no_stream', { commandId: 'cmd-action' }));
        await expect(store.appendAll(batch('any'))).rejects.toThrow(CommandAlreadyRecordedError);
        expect(await store.readStream('plan-1')).toEqual([]);
        expect((await store.readAll()).map((e) => e.streamId)).toEqual(['action-1']);
      });
    });

    describe("the server's signature on each event", () => {
      it('is kept in the metadata outside the chain hash and survives read back, with and without a commandId', async () => {
        const { privateKey, publicKey } = generateKeyPairSync('ed25519');
        await seed('plan-1', 1); // recorded before signing began
        await store.close();
        store = await fixture.reopenSigned(new EventSigner(privateKey));
        opened.push(store);
        const plain = await store.append('plan-1', [ev('A'), ev('B')], opts(0));
        const once = await store.append('plan-2', [ev('C')], opts('no_stream', { commandId: 'cmd-signed' }));
        const appended = [...plain.events, ...once.events];
        for (const event of appended) {
          expect(event.metadata.witness).toMatch(/^[A-Za-z0-9+/]+=*$/);
          expect(eventHash(event)).toBe(event.metadata.hash);
          expect(witnessProblem(event, [publicKey])).toBeNull();
        }
        const all = await store.readAll();
        expect(all.slice(1)).toEqual(appended);
        expect(all[0].metadata.witness).toBeUndefined();
        expect(await store.readStream('plan-1', { fromRevision: 1 })).toEqual(plain.events);
        expect(await store.findCommand('cmd-signed')).toEqual(once.events);
        expect((await store.append('plan-2', [ev('C')], opts('no_stream', { commandId: 'cmd-signed' }))).events).toEqual(once.events);
        expect(await verifyAuditTrail(store, { witnessKeys: [publicKey] })).toMatchObject({ ok: true, eventsChecked: 4, signedFrom: plain.events[0].position });
        const otherKey = generateKeyPairSync('ed25519').publicKey;
        expect((await verifyAuditTrail(store, { witnessKeys: [otherKey] })).problems).toHaveLength(2);
      });
    });

    describe('durability', () => {
      it('keeps events, positions and commandIds across close and reopen', async () => {
        if (!fixture.reopen) throw new Error(`${name}: the fixture has no reopen()`);
        const first = await store.append('plan-1', [ev('A'), ev('B')], opts('any', { commandId: 'cmd-1' }));
        await seed('plan-2', 2);
        const before = await store.readAll();
        await store.close();
        const reopened = await fixture.reopen();
        opened.push(reopened);
        expect(await reopened.readAll()).toEqual(before);
        expect(await reopened.headPosition()).toBe(before[before.length - 1].position);
        const retry = await reopened.append('plan-1', [ev('A'), ev('B')], opts('any', { commandId: 'cmd-1' }));
        expect(retry).toEqual({ ...first, duplicate: true });
        const next = await reopened.append('plan-1', [ev('C')], opts(1));
        expect(next.position).toBeGreaterThan(before[before.length - 1].position);
      });

      it('a subscription resumes from its checkpoint after reopen', async () => {
        if (!fixture.reopen) throw new Error(`${name}: the fixture has no reopen()`);
        await seed('plan-1', 3);
        const firstRun = subscribe();
        await waitUntil(() => firstRun.received.length === 3);
        const checkpoint = firstRun.received[2].position;
        await store.close();

        store = await fixture.reopen();
        opened.push(store);
        await store.append('plan-1', [ev('AfterRestart1')], opts(2));
        const secondRun = subscribe(checkpoint);
        await store.append('plan-2', [ev('AfterRestart2')], opts('no_stream'));
        await waitUntil(() => secondRun.received.length >= 2);
        await sleep(200);
        expect(secondRun.received.map((e) => e.type)).toEqual(['AfterRestart1', 'AfterRestart2']);
        expect([...firstRun.received, ...secondRun.received]).toEqual(await store.readAll());
      });
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until the condition holds; fails with a clear message instead of a jest timeout. */
export async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${condition.toString()}`);
    await sleep(10);
  }
}
