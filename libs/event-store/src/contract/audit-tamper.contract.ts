/**
 * Tampering with stored rows behind the store's back, and the audit trail catching it. Each
 * adapter's spec supplies raw access to its own tables. Test-only: import it by path.
 */
import type { EventStore, RecordedEvent } from '../event-store.port';
import { verifyAuditTrail } from '../audit/audit-trail';
import { eventHash } from '../shared/hash-chain';
import { generateKeyPairSync } from 'node:crypto';
import { EventSigner } from '../audit/event-witness';

export interface TamperFixture {
  store: EventStore;
  /** Direct writes to the stored rows, as someone with database access could make them. */
  setData(streamId: string, revision: number, data: unknown): Promise<void>;
  setMetadata(streamId: string, revision: number, metadata: object): Promise<void>;
  /** The recorded_at column, which as-of reads and date filters read (not the metadata's copy). */
  setRecordedAt(streamId: string, revision: number, recordedAt: Date): Promise<void>;
  deleteEvent(streamId: string, revision: number): Promise<void>;
  swapRevisions(streamId: string, a: number, b: number): Promise<void>;
  /**
   * The same storage opened by someone with the database and this code but not the signing key:
   * appends through it carry valid chains and no server signature. The caller closes it.
   */
  forger(signer?: EventSigner): Promise<EventStore>;
  cleanup(): Promise<void>;
}

/** Opens a fresh store for one case; `signer` is the server's, signing every event it appends. */
export type TamperFactory = (signer?: EventSigner) => Promise<TamperFixture>;

const AT = new Date('2017-07-10T09:00:00.000Z');

export function describeAuditTamperContract(name: string, factory: TamperFactory): void {
  describe(`${name}: tamper evidence`, () => {
    let fixture: TamperFixture;
    let plan: RecordedEvent[];
    let action: RecordedEvent[];

    beforeEach(async () => {
      fixture = await factory();
      const { store } = fixture;
      const opts = { expectedRevision: 'any' as const, recordedAt: AT, actor: 'coordinator@nwl' };
      // Interleaved, so positions and revisions differ.
      for (let i = 0; i < 4; i++) {
        await store.append('plan-1', [{ type: 'PriorityAdded', data: { title: `Priority ${i}` }, schemaVersion: 1 }], opts);
        if (i < 3) await store.append('action-1', [{ type: 'QuarterlyUpdateRecorded', data: { percentComplete: 10 * (i + 1) }, schemaVersion: 1 }], opts);
      }
      plan = await store.readStream('plan-1');
      action = await store.readStream('action-1');
    });

    afterEach(async () => {
      await fixture.store.close();
      await fixture.cleanup();
    });

    const problemsNow = async () => (await verifyAuditTrail(fixture.store)).problems;

    it('an untouched log verifies: every event checked, no problems', async () => {
      expect(await verifyAuditTrail(fixture.store)).toMatchObject({ ok: true, eventsChecked: 7, problems: [] });
    });

    it('edited data is reported at the edited event', async () => {
      await fixture.setData('plan-1', 1, { title: 'Priority 1 (quietly reworded)' });
      expect(await problemsNow()).toEqual([
        { streamId: 'plan-1', position: plan[1].position, reason: 'hash does not match the content: data or metadata altered after recording' },
      ]);
    });

    it('edited metadata (who recorded it) is reported at the edited event', async () => {
      await fixture.setMetadata('action-1', 2, { ...action[2].metadata, actor: 'someone-else' });
      expect(await problemsNow()).toEqual([
        { streamId: 'action-1', position: action[2].position, reason: 'hash does not match the content: data or metadata altered after recording' },
      ]);
    });

    it('an edit whose stored hash was recomputed too is caught by the next link', async () => {
      const forged = { ...action[0], data: { percentComplete: 99 } };
      await fixture.setData('action-1', 0, forged.data);
      await fixture.setMetadata('action-1', 0, { ...action[0].metadata, hash: eventHash(forged) });
      expect(await problemsNow()).toEqual([
        {
          streamId: 'action-1',
          position: action[1].position,
          reason: 'previousHash does not match the hash of revision 0: the chain was cut (an earlier event deleted, replaced or reordered)',
        },
      ]);
    });

    it('a recorded time moved in its own column (hiding an update from as-of reads) is reported', async () => {
      await fixture.setRecordedAt('action-1', 1, new Date('2030-01-01T00:00:00.000Z'));
      const asOf = await fixture.store.readAll({ filter: { streamId: 'action-1', recordedTo: new Date('2017-08-01T00:00:00.000Z') } });
      expect(asOf.map((event) => event.revision)).toEqual([0, 2]);
      expect(await problemsNow()).toEqual([
        { streamId: 'action-1', position: action[1].position, reason: 'hash does not match the content: data or metadata altered after recording' },
      ]);
    });

    it('a deleted event is reported where the gap is', async () => {
      await fixture.deleteEvent('plan-1', 1);
      expect(await problemsNow()).toEqual([
        { streamId: 'plan-1', position: plan[2].position, reason: 'revision 2 where revision 1 was expected: an event was deleted or events reordered' },
      ]);
    });

    it("a deleted first event is reported at the stream's next event", async () => {
      await fixture.deleteEvent('action-1', 0);
      expect(await problemsNow()).toEqual([
        { streamId: 'action-1', position: action[1].position, reason: 'revision 1 where revision 0 was expected: an event was deleted or events reordered' },
      ]);
    });

    it('two events swapped in order are reported at the first out-of-place one', async () => {
      await fixture.swapRevisions('plan-1', 1, 2);
      expect(await problemsNow()).toEqual([
        { streamId: 'plan-1', position: plan[1].position, reason: 'revision 2 where revision 1 was expected: an event was deleted or events reordered' },
      ]);
    });

    it('an event without a hash (recorded before hashing) is reported as unhashed', async () => {
      const { hash: _hash, previousHash: _previous, ...unhashed } = plan[0].metadata;
      await fixture.setMetadata('plan-1', 0, unhashed);
      expect(await problemsNow()).toEqual([
        { streamId: 'plan-1', position: plan[0].position, reason: 'unhashed: recorded before hashing existed, or its hash was removed' },
      ]);
    });

    it('a store from before signing keeps verifying; from the first signed event on, an unsigned append is reported', async () => {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const witnessKeys = [publicKey];
      expect(await verifyAuditTrail(fixture.store, { witnessKeys })).toMatchObject({ ok: true, eventsChecked: 7, signedFrom: null });
      // The upgraded server signs from now on.
      const server = await fixture.forger(new EventSigner(privateKey));
      const signed = await server.append('action-1', [{ type: 'QuarterlyUpdateRecorded', data: { percentComplete: 40 }, schemaVersion: 1 }], { expectedRevision: 2, recordedAt: AT });
      await server.close();
      expect(await verifyAuditTrail(fixture.store, { witnessKeys })).toMatchObject({ ok: true, eventsChecked: 8, signedFrom: signed.position });
      const forged = await fixture.store.append('plan-1', [{ type: 'PriorityAdded', data: { title: 'Forged' }, schemaVersion: 1 }], { expectedRevision: 3, recordedAt: AT });
      expect((await verifyAuditTrail(fixture.store, { witnessKeys })).problems).toEqual([
        { streamId: 'plan-1', position: forged.position, reason: expect.stringMatching(/^unsigned: it carries no signature of the appending server/) },
      ]);
      // Without the keys only the chains are checked, and the forged chain is valid.
      expect((await verifyAuditTrail(fixture.store)).ok).toBe(true);
    });

    it('reports the first broken link of each stream, one problem per stream', async () => {
      await fixture.setData('plan-1', 0, { title: 'edited' });
      await fixture.deleteEvent('plan-1', 2);
      await fixture.setData('action-1', 1, { percentComplete: 55 });
      const verification = await verifyAuditTrail(fixture.store);
      expect(verification.ok).toBe(false);
      expect(verification.eventsChecked).toBe(6);
      expect(verification.problems.map((p) => [p.streamId, p.position])).toEqual([
        ['plan-1', plan[0].position],
        ['action-1', action[1].position],
      ]);
    });
  });
}
