import { type KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEVELOPMENT_KEY_FILE = 'audit-signing-key.pem';

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/**
 * The Ed25519 key that signs tree heads. It must live outside the database, or a forger with the
 * database could sign heads for a rewritten log: production names its file in
 * AUDIT_SIGNING_KEY_FILE; development generates one into the data directory on first use.
 */
export function loadSigningKey(options: { keyFile?: string | null; dataDir: string; production: boolean }): KeyObject {
  if (options.keyFile) {
    if (!existsSync(options.keyFile)) throw new SigningKeyError(`AUDIT_SIGNING_KEY_FILE ${options.keyFile} does not exist`);
    return parseKey(readFileSync(options.keyFile, 'utf8'), 'AUDIT_SIGNING_KEY_FILE');
  }
  if (options.production) throw new SigningKeyError('AUDIT_SIGNING_KEY_FILE is required in production: an Ed25519 private key (PEM) kept outside the database');
  const file = join(options.dataDir, DEVELOPMENT_KEY_FILE);
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8'), file);
  mkdirSync(options.dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}

function parseKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${source} does not hold a private key in PEM form`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`${source} holds a ${key.asymmetricKeyType} key; tree heads are signed with Ed25519`);
  return key;
}
