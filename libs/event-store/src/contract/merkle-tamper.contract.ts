/**
 * The hostile administrator: every tampering scenario against a store whose Merkle heads were
 * signed and published before the tampering, each checked by `verifyAgainstHeads`. The fixture
 * is the one the chain tamper contract uses. Test-only: import it by path.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { eventHash } from '../shared/hash-chain';
import { signTreeHead, type SignedTreeHead } from '../audit/tree-head';
import { EventTreeLog } from '../audit/tree-log';
import { verifyAgainstHeads } from '../audit/verify-heads';
import type { TamperFixture } from './audit-tamper.contract';

const AT = new Date('2017-07-10T09:00:00.000Z');
const SEAL_STREAM = 'quarter-seal-2017/18 Q1';

export function describeMerkleTamperContract(name: string, factory: () => Promise<TamperFixture>): void {
  describe(`${name}: published Merkle heads against a hostile administrator`, () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    let fixture: TamperFixture;
    let published: SignedTreeHead[];

    const opts = { expectedRevision: 'any' as const, recordedAt: AT, actor: 'coordinator@nwl' };
    const event = (type: string, data: unknown): NewEvent => ({ type, data, schemaVersion: 1 });

    /** Signs the store's head as the server would, with a key the database never holds. */
    const publish = async () => {
      const log = new EventTreeLog(fixture.store);
      await log.catchUp();
      published.push(signTreeHead({ treeSize: log.size, rootHash: log.root(), timestamp: AT.toISOString() }, privateKey));
    };
    const verdict = () => verifyAgainstHeads(fixture.store, published, publicKey);
    const stream = (id: string) => fixture.store.readStream(id);

    /** Recomputes every hash of a stream from `from` on, as a forger with the hashing code would. */
    const rechain = async (streamId: string, from = 0) => {
      const events = await stream(streamId);
      let previous: string | null = from === 0 ? null : events[from - 1].metadata.hash!;
      for (const recorded of events.slice(from)) {
        const metadata: RecordedEvent['metadata'] = { ...recorded.metadata, previousHash: previous };
        delete metadata.hash;
        const hash = eventHash({ ...recorded, metadata });
        await fixture.setMetadata(streamId, recorded.revision, { ...metadata, hash });
        previous = hash;
      }
    };

    beforeEach(async () => {
      fixture = await factory();
      published = [];
      for (let i = 0; i < 4; i++) {
        await fixture.store.append('plan-1', [event('PriorityAdded', { title: `Priority ${i}` })], opts);
        if (i < 3) await fixture.store.append('action-1', [event('QuarterlyUpdateRecorded', { percentComplete: 10 * (i + 1) })], opts);
      }
      await fixture.store.append('action-2', [event('ActionAdded', { title: 'Second action' })], opts);
      await publish();
    });

    afterEach(async () => {
      await fixture.store.close();
      await fixture.cleanup();
    });

    const expectDetected = async () => {
      const result = await verdict();
      expect(result.ok).toBe(false);
      expect(result.problems[0].reason).toMatch(/no longer give the signed root|events were deleted/);
    };

    it('an untouched store verifies against its published heads, old and new', async () => {
      await fixture.store.append('action-1', [event('QuarterlyUpdateRecorded', { percentComplete: 40 })], opts);
      await publish();
      expect(await verdict()).toMatchObject({ ok: true, headsChecked: 2, eventsInStore: 9, problems: [] });
    });

    it("an update's recorded_at moved to 2030 is detected", async () => {
      await fixture.setRecordedAt('action-1', 1, new Date('2030-01-01T00:00:00.000Z'));
      await expectDetected();
    });

    it('an edit with the rest of its stream re-chained is detected', async () => {
      await fixture.setData('action-1', 0, { percentComplete: 99 });
      await rechain('action-1');
      await expectDetected();
    });

    it("a stream's last event deleted is detected", async () => {
      await fixture.deleteEvent('plan-1', 3);
      await expectDetected();
    });

    it('a whole stream deleted is detected', async () => {
      await fixture.deleteEvent('action-2', 0);
      await expectDetected();
    });

    it('two events swapped, renumbered and re-chained are detected', async () => {
      await fixture.swapRevisions('plan-1', 1, 2);
      await rechain('plan-1', 1);
      await expectDetected();
    });

    describe('after a seal', () => {
      beforeEach(async () => {
        await fixture.store.append(SEAL_STREAM, [event('QuarterSealed', { quarter: '2017/18 Q1', merkleRoot: 'ab'.repeat(32), throughPosition: 8 })], opts);
        await publish();
      });

      it('the seal event deleted is detected', async () => {
        await fixture.deleteEvent(SEAL_STREAM, 0);
        await expectDetected();
      });

      it("an edit re-chained, with the seal's root and hash recomputed, is detected", async () => {
        await fixture.setData('plan-1', 2, { title: 'Priority 2 (reworded)' });
        await rechain('plan-1', 2);
        const [seal] = await stream(SEAL_STREAM);
        await fixture.setData(SEAL_STREAM, 0, { ...seal.data, merkleRoot: 'cd'.repeat(32) });
        await rechain(SEAL_STREAM);
        await expectDetected();
      });
    });

    it('a forger without the signing key cannot publish a head for the rewritten store', async () => {
      await fixture.setData('action-1', 2, { percentComplete: 100 });
      await rechain('action-1', 2);
      const log = new EventTreeLog(fixture.store);
      await log.catchUp();
      const forgedKey = generateKeyPairSync('ed25519').privateKey;
      const forged = signTreeHead({ treeSize: log.size, rootHash: log.root(), timestamp: AT.toISOString() }, forgedKey);
      const altered = { ...published[0], rootHash: log.root() };
      const result = await verifyAgainstHeads(fixture.store, [...published, forged, altered], publicKey);
      expect(result.ok).toBe(false);
      // Signatures are checked first; then the genuine head still exposes the rewrite.
      expect(result.problems.map((p) => p.reason)).toEqual([
        expect.stringMatching(/^signature does not verify/),
        expect.stringMatching(/^signature does not verify/),
        expect.stringMatching(/no longer give the signed root/),
      ]);
    });
  });
}
