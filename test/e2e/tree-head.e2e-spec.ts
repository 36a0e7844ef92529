import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventLeafHash, isTreeHeadSigned, publicKeyFromText, verifyInclusion } from '@saferplan/event-store';
import { openCliContext } from '../../apps/cli/src/cli-context';
import { runAuditHeads } from '../../apps/cli/src/commands/audit.command';
import { runVerifyHeads } from '../../apps/cli/src/commands/verify.command';
import { openEventStore } from '@saferplan/event-store';
import { ApiHarness } from '../support/api-harness';

/** Auditors: signed tree heads and inclusion proofs over GraphQL, heads exported and checked by the CLI. */
describe('signed Merkle tree heads (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });

  afterAll(() => api.stop());

  it('treeHead is signed by the public key it names and covers every event', async () => {
    const { treeHead } = await api.ok(`{ treeHead { treeSize rootHash timestamp signedFrom signature publicKey } }`);
    expect(treeHead.signedFrom).toMatch(/^\d+$/);
    const { publicKey, ...head } = treeHead;
    expect(isTreeHeadSigned(head, publicKeyFromText(publicKey))).toBe(true);
    const { events } = await api.ok(`{ events(first: 1) { nodes { position } } }`);
    expect(events.nodes).toHaveLength(1);
    expect(treeHead.treeSize).toBeGreaterThan(100);
    expect(treeHead.rootHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('eventProof gives an audit path from the stored event to the signed root', async () => {
    const { events } = await api.ok(`{ events(first: 5) { nodes { position } } }`);
    const position = events.nodes[4].position;
    const { eventProof } = await api.ok(`query($p: String!) { eventProof(position: $p) { position leafIndex leafHash proof treeHead { treeSize rootHash } } }`, { p: position });
    expect(eventProof).toMatchObject({ position, leafIndex: 4 });
    expect(verifyInclusion(eventProof.leafHash, eventProof.leafIndex, eventProof.treeHead.treeSize, eventProof.proof, eventProof.treeHead.rootHash)).toBe(true);
  });

  it('eventProof names the field for a malformed position and answers NOT_FOUND for one without an event', async () => {
    const bad = await api.gql(`{ eventProof(position: "-3") { leafIndex } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position' });
    const missing = await api.gql(`{ eventProof(position: "999999999") { leafIndex } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('sealing a quarter signs a head that covers the seal; the exported heads verify against the store', async () => {
    const { sealQuarter } = await api.ok(`mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "Q3" }) { throughPosition } }`);
    const heads = readFileSync(join(api.config.dataDir, 'tree-heads.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const { events } = await api.ok(`{ events(filter: { type: "QuarterSealed" }) { nodes { position } } }`);
    const sealPosition = Number(events.nodes[events.nodes.length - 1].position);
    expect(sealPosition).toBeGreaterThan(Number(sealQuarter.throughPosition));
    const context = await openCliContext(api.config);
    try {
      const all = await context.store.readAll();
      expect(heads[heads.length - 1].treeSize).toBe(all.length);
      expect(all[all.length - 1].position).toBe(sealPosition);
      const lines: string[] = [];
      const io = { out: (text: string) => void lines.push(text), err: (text: string) => void lines.push(text) };
      expect(runAuditHeads(api.config, io)).toBe(heads.length);
      const exported = lines.join('\n');
      const { treeHead } = await api.ok(`{ treeHead { publicKey } }`);
      lines.length = 0;
      expect(await runVerifyHeads(context, exported, publicKeyFromText(treeHead.publicKey), io)).toBe(true);
      expect(lines[0]).toMatch(new RegExp(`^Published heads hold: ${heads.length} signed head\\(s\\) checked against ${all.length} events`));
      expect(eventLeafHash(all[0])).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await context.close();
    }
  });

  it('an event forged into the database with a valid chain is reported by verifyAuditTrail, and no head or seal is signed over it', async () => {
    const { treeHead: before } = await api.ok(`{ treeHead { treeSize rootHash signature } }`);
    // Someone with the database and this code, but not the server's signing key.
    const { config } = api;
    const forger = await openEventStore(
      config.eventStore === 'postgres' ? { kind: 'postgres', connectionString: config.databaseUrl!, schema: config.databaseSchema } : { kind: 'sqlite', dataDir: config.dataDir },
    );
    const [target] = await forger.readAll({ filter: { type: 'QuarterlyUpdateRecorded' }, maxCount: 1 });
    const { events } = await forger.append(target.streamId, [{ type: 'QuarterlyUpdateRecorded', data: { ...target.data, percentComplete: 100 }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: new Date('2017-10-01T00:00:00Z') });
    await forger.close();
    const forged = events[0];

    const { verifyAuditTrail } = await api.ok(`{ verifyAuditTrail { ok problems { streamId position reason } } }`);
    expect(verifyAuditTrail).toEqual({
      ok: false,
      problems: [{ streamId: forged.streamId, position: String(forged.position), reason: expect.stringMatching(/^unsigned: it carries no signature of the appending server/) }],
    });
    // The server keeps answering the last head it signed before the forgery, and signs none over it.
    const { treeHead: after } = await api.ok(`{ treeHead { treeSize rootHash signature } }`);
    expect(after).toEqual(before);
    const seal = await api.gql(`mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "Q4" }) { throughPosition } }`);
    expect(seal.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(seal.errors?.[0].message).toBe(
      `The event log holds an event this server did not write (position ${forged.position}, stream ${forged.streamId}): no tree head is signed over it until it is investigated`,
    );
    const { quarterSeal } = await api.ok(`{ quarterSeal(financialYear: "2017/18", quarter: "Q4") { throughPosition } }`);
    expect(quarterSeal).toBeNull();
  });
});
