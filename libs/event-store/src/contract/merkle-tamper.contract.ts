/**
 * The hostile administrator: every tampering scenario against a store whose Merkle heads were
 * signed and published before the tampering, each checked by `verifyAgainstHeads`. The fixture
 * is the one the chain tamper contract uses. Test-only: import it by path.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { eventHash } from '../shared/hash-chain';
import { verifyAuditTrail } from '../audit/audit-trail';
import { EventSigner } from '../audit/event-witness';
import { signTreeHead, type SignedTreeHead } from '../audit/tree-head';
import { TreeHeadJournal } from '../audit/tree-head-journal';
import { TamperedLogError, TreeHeadSigner } from '../audit/tree-head-signer';
import { EventTreeLog } from '../audit/tree-log';
import { verifyAgainstHeads } from '../audit/verify-heads';
import type { TamperFactory, TamperFixture } from './audit-tamper.contract';

const AT = new Date('2017-07-10T09:00:00.000Z');
const SEAL_STREAM = 'quarter-seal-2017/18 Q1';

export function describeMerkleTamperContract(name: string, factory: TamperFactory): void {
  describe(`${name}: published Merkle heads against a hostile administrator`, () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    let fixture: TamperFixture;
    let published: SignedTreeHead[];
    let journalDir: string;
    let server: TreeHeadSigner;

    const opts = { expectedRevision: 'any' as const, recordedAt: AT, actor: 'coordinator@nwl' };
    const event = (type: string, data: unknown): NewEvent => ({ type, data, schemaVersion: 1 });

    /** Signs the store's head as the server does, with a key the database never holds. */
    const publish = async () => void published.push(await server.signNow(AT));
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

    /** Appends through the same database without the server's key (or with a key of the forger's own). */
    const forge = async (streamId: string, data: unknown, forgerKey?: EventSigner) => {
      const forger = await fixture.forger(forgerKey);
      try {
        const { events } = await forger.append(streamId, [event('QuarterlyUpdateRecorded', data)], opts);
        return events[0];
      } finally {
        await forger.close();
      }
    };

    beforeEach(async () => {
      // The server's store signs every event it appends, with the key that signs its heads.
      fixture = await factory(new EventSigner(privateKey));
      journalDir = mkdtempSync(join(tmpdir(), 'saferplan-heads-'));
      server = new TreeHeadSigner(new EventTreeLog(fixture.store), privateKey, new TreeHeadJournal(journalDir));
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
      rmSync(journalDir, { recursive: true, force: true });
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

    /** A forged append is caught by the chains with the key, by the heads, and the server signs no head over it. */
    const expectForgeryDetected = async (forged: RecordedEvent) => {
      const unsigned = { streamId: forged.streamId, position: forged.position, reason: expect.stringMatching(/^unsigned: it carries no signature of the appending server/) };
      expect((await verifyAuditTrail(fixture.store, { witnessKeys: [publicKey] })).problems).toEqual([unsigned]);
      const result = await verdict();
      expect(result.ok).toBe(false);
      expect(result.eventProblems).toEqual([unsigned]);
      await expect(server.signNow(AT)).rejects.toThrow(TamperedLogError);
      await expect(server.signNow(AT)).rejects.toThrow(`position ${forged.position} (stream ${forged.streamId})`);
      expect(server.latest).toEqual(published[published.length - 1]);
    };

    it('every head records where signing began, and the untouched signed store passes', async () => {
      const [first] = await fixture.store.readAll({ maxCount: 1 });
      expect(published[0].signedFrom).toBe(first.position);
      expect(await verifyAuditTrail(fixture.store, { witnessKeys: [publicKey] })).toMatchObject({ ok: true, eventsChecked: 8, signedFrom: first.position });
      expect(await verdict()).toMatchObject({ ok: true, eventProblems: [] });
    });

    it('a forged event appended with a valid chain, before any seal, is detected', async () => {
      const forged = await forge('action-1', { percentComplete: 100 });
      await expectForgeryDetected(forged);
    });

    it('a forger who recomputes chains and roots and signs with a key of their own cannot pass', async () => {
      const forgerKey = generateKeyPairSync('ed25519').privateKey;
      const forged = await forge('action-2', { percentComplete: 100 }, new EventSigner(forgerKey));
      const log = new EventTreeLog(fixture.store);
      await log.catchUp();
      const forgedHead = signTreeHead({ treeSize: log.size, rootHash: log.root(), timestamp: AT.toISOString(), signedFrom: forged.position }, forgerKey);
      const result = await verifyAgainstHeads(fixture.store, [...published, forgedHead], publicKey);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^signature does not verify/)]);
      expect(result.eventProblems).toEqual([{ streamId: 'action-2', position: forged.position, reason: expect.stringMatching(/signature does not verify with the audit public key/) }]);
      await expect(server.signNow(AT)).rejects.toThrow(TamperedLogError);
    });

    it("a genuine signature copied onto a forged event, or every signature stripped, is detected", async () => {
      const forged = await forge('action-1', { percentComplete: 100 });
      const [genuine] = await stream('plan-1');
      await fixture.setMetadata('action-1', forged.revision, { ...forged.metadata, witness: genuine.metadata.witness });
      expect((await verdict()).eventProblems).toEqual([{ streamId: 'action-1', position: forged.position, reason: expect.stringMatching(/does not verify/) }]);
      // Stripping every signature to pass for a store from before signing: the heads recorded the start.
      for (const recorded of await fixture.store.readAll()) {
        const { witness: _witness, ...bare } = recorded.metadata;
        void _witness;
        await fixture.setMetadata(recorded.streamId, recorded.revision, bare);
      }
      const stripped = await verdict();
      expect(stripped.ok).toBe(false);
      expect(stripped.eventProblems).toHaveLength(9);
      expect(stripped.problems[0].reason).toMatch(/no longer give the signed root/);
    });

    describe('after a seal', () => {
      beforeEach(async () => {
        await fixture.store.append(SEAL_STREAM, [event('QuarterSealed', { quarter: '2017/18 Q1', merkleRoot: 'ab'.repeat(32), throughPosition: 8 })], opts);
        await publish();
      });

      it('a forged event appended after the sealed position is detected', async () => {
        const [seal] = await stream(SEAL_STREAM);
        const forged = await forge('plan-1', { title: 'Priority 4 (forged)' });
        expect(forged.position).toBeGreaterThan(seal.position);
        await expectForgeryDetected(forged);
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
