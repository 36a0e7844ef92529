import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { EventSigner } from './event-witness';
import { isTreeHeadSigned, signTreeHead } from './tree-head';
import { TreeHeadJournal } from './tree-head-journal';
import { TamperedLogError, TreeHeadSigner } from './tree-head-signer';
import { EventTreeLog } from './tree-log';
import { verifyInclusion } from './merkle-log';

describe('tree head signer', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 12, minute));
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saferplan-signer-'));
    store = await SqliteEventStore.open({ dataDir: dir });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (n: number) =>
    store.append('plan-1', Array.from({ length: n }, (_, i) => ({ type: 'PriorityAdded', data: { i }, schemaVersion: 1 })), { expectedRevision: 'any', recordedAt: at(0) });

  it('signs only when events arrived since the last head, journals each head, and a new signer resumes from the journal', async () => {
    const journal = new TreeHeadJournal(dir);
    const signer = new TreeHeadSigner(new EventTreeLog(store), privateKey, journal);
    await append(3);
    const first = await signer.signIfGrown(at(1));
    expect(first).toMatchObject({ treeSize: 3, timestamp: at(1).toISOString() });
    expect(isTreeHeadSigned(first!, publicKey)).toBe(true);
    expect(await signer.signIfGrown(at(2))).toBeNull();
    await append(2);
    expect(await signer.signIfGrown(at(3))).toMatchObject({ treeSize: 5 });
    expect(journal.all().map((head) => head.treeSize)).toEqual([3, 5]);
    const resumed = new TreeHeadSigner(new EventTreeLog(store), privateKey, journal);
    expect(resumed.latest).toMatchObject({ treeSize: 5 });
    expect(await resumed.signIfGrown(at(4))).toBeNull();
    expect((await resumed.signNow(at(5))).timestamp).toBe(at(5).toISOString());
  });

  it('an event proof from the log verifies against the signed head of the same size', async () => {
    const log = new EventTreeLog(store);
    const signer = new TreeHeadSigner(log, privateKey, new TreeHeadJournal(dir));
    await append(6);
    const head = await signer.signNow(at(1));
    const events = await store.readAll();
    const inclusion = log.inclusionOf(events[4].position, head.treeSize)!;
    expect(verifyInclusion(inclusion.leafHash, inclusion.leafIndex, head.treeSize, inclusion.proof, head.rootHash)).toBe(true);
    expect(log.inclusionOf(events[5].position + 100)).toBeNull();
  });

  it('refuses to sign over an event appended without the key, and a head edited into the journal does not skip the check', async () => {
    const signed = await SqliteEventStore.open({ dataDir: dir, signer: new EventSigner(privateKey) });
    const journal = new TreeHeadJournal(dir);
    try {
      const signer = new TreeHeadSigner(new EventTreeLog(signed), privateKey, journal);
      await signed.append('plan-1', [{ type: 'PriorityAdded', data: { i: 0 }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: at(0) });
      const head = await signer.signNow(at(1));
      expect(head.signedFrom).toBe((await signed.readAll())[0].position);
      await append(1); // the unsigned store: a forger with the file and the code, not the key
      // A head claiming to cover everything, signed with another key.
      journal.append(signTreeHead({ treeSize: 2, rootHash: 'ab'.repeat(32), timestamp: at(2).toISOString() }, generateKeyPairSync('ed25519').privateKey));
      const resumed = new TreeHeadSigner(new EventTreeLog(signed), privateKey, journal);
      expect(resumed.latest).toEqual(head);
      await expect(resumed.signIfGrown(at(3))).rejects.toThrow(TamperedLogError);
      await expect(resumed.tampering()).resolves.toMatchObject({ streamId: 'plan-1', reason: expect.stringMatching(/^unsigned/) });
    } finally {
      await signed.close();
    }
  });
});
