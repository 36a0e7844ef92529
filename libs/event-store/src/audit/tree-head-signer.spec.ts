import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { isTreeHeadSigned } from './tree-head';
import { TreeHeadJournal } from './tree-head-journal';
import { TreeHeadSigner } from './tree-head-signer';
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
});
