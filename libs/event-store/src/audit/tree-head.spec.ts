import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningKeyError, loadSigningKey } from './signing-key';
import { isTreeHeadSigned, parseHeadsJsonl, publicKeyFromText, publicKeyText, signTreeHead } from './tree-head';
import { TreeHeadJournal } from './tree-head-journal';

const head = { treeSize: 3, rootHash: 'ab'.repeat(32), timestamp: '2026-12-02T12:00:00.000Z' };

describe('signed tree heads', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'saferplan-heads-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a signed head verifies with its public key, printed as text and read back, and fails once altered', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signed = signTreeHead(head, privateKey);
    const printed = publicKeyFromText(publicKeyText(publicKey));
    expect(isTreeHeadSigned(signed, printed)).toBe(true);
    expect(isTreeHeadSigned({ ...signed, treeSize: 4 }, printed)).toBe(false);
    expect(isTreeHeadSigned({ ...signed, rootHash: 'cd'.repeat(32) }, printed)).toBe(false);
    expect(isTreeHeadSigned({ ...signed, signature: 'not base64 at all' }, printed)).toBe(false);
    expect(isTreeHeadSigned(signed, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('development generates the key once into the data directory, readable by its owner only', () => {
    const first = loadSigningKey({ dataDir: dir, production: false });
    const file = join(dir, 'audit-signing-key.pem');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(publicKeyText(loadSigningKey({ dataDir: dir, production: false }))).toBe(publicKeyText(first));
  });

  it('production requires a key file, and a named file must hold an Ed25519 private key', () => {
    expect(() => loadSigningKey({ dataDir: dir, production: true })).toThrow(SigningKeyError);
    expect(() => loadSigningKey({ keyFile: join(dir, 'missing.pem'), dataDir: dir, production: true })).toThrow(/does not exist/);
    const rsa = join(dir, 'rsa.pem');
    writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => loadSigningKey({ keyFile: rsa, dataDir: dir, production: true })).toThrow(/holds a rsa key/);
    const ed = join(dir, 'ed.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(ed, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(publicKeyText(loadSigningKey({ keyFile: ed, dataDir: dir, production: true }))).toBe(publicKeyText(privateKey));
  });

  it('the journal keeps heads as JSON lines that parse back; a malformed line is named', () => {
    const journal = new TreeHeadJournal(dir);
    expect(journal.latest()).toBeNull();
    const { privateKey } = generateKeyPairSync('ed25519');
    const first = signTreeHead(head, privateKey);
    const second = signTreeHead({ ...head, treeSize: 5 }, privateKey);
    journal.append(first);
    journal.append(second);
    expect(journal.all()).toEqual([first, second]);
    expect(journal.latest()).toEqual(second);
    expect(parseHeadsJsonl(readFileSync(journal.file, 'utf8'))).toEqual([first, second]);
    expect(() => parseHeadsJsonl(`${JSON.stringify(first)}\n{oops`)).toThrow('heads line 2 is not JSON');
    expect(() => parseHeadsJsonl('{"treeSize": 1}')).toThrow('heads line 1 is not a signed tree head');
  });
});
