import { type KeyObject, createPublicKey, sign, verify } from 'node:crypto';
import { canonicalJson } from '../shared/hash-chain';

/** What the server vouches for: the first `treeSize` events of the log have Merkle root `rootHash`. */
export interface TreeHead {
  treeSize: number;
  rootHash: string;
  /** ISO instant of signing. */
  timestamp: string;
  /**
   * Position of the first event signed by the server (audit/event-witness.ts): every event from
   * it on must carry a valid signature. Signed into the head, so stripping signatures cannot move
   * the start. Absent on heads signed before events were signed.
   */
  signedFrom?: number;
}

export interface SignedTreeHead extends TreeHead {
  /** Base64 Ed25519 signature over the head's canonical JSON. */
  signature: string;
}

// A fixed label, so a signature over a head can never be replayed as a signature over anything else.
const HEAD_LABEL = 'saferplan-tree-head-v1';

// A head without signedFrom signs exactly the bytes it always did, so older heads keep verifying.
// GraphQL carries positions as strings (and an absent start as null): both read as the number.
function signedBytes(head: TreeHead): Buffer {
  const start = head.signedFrom as number | string | null | undefined;
  const signedFrom = start === null || start === undefined ? undefined : Number(start);
  return Buffer.from(canonicalJson({ label: HEAD_LABEL, treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp, signedFrom }), 'utf8');
}

export function signTreeHead(head: TreeHead, privateKey: KeyObject): SignedTreeHead {
  const start = typeof head.signedFrom === 'number' ? { signedFrom: head.signedFrom } : {};
  return { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp, ...start, signature: sign(null, signedBytes(head), privateKey).toString('base64') };
}

/** True when the head was signed by the holder of this public key and not altered since. */
export function isTreeHeadSigned(head: SignedTreeHead, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedBytes(head), publicKey, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

/** The public key (of a public or private key) as one line of base64 (SPKI DER), to print at start and in board packs. */
export function publicKeyText(key: KeyObject): string {
  const publicKey = key.type === 'public' ? key : createPublicKey(key);
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function publicKeyFromText(text: string): KeyObject {
  const trimmed = text.trim();
  return trimmed.startsWith('-----BEGIN')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
}

/** One head per line, as `audit heads` prints them; blank lines ignored, a malformed line named. */
export function parseHeadsJsonl(text: string): SignedTreeHead[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let head: Partial<SignedTreeHead>;
      try {
        head = JSON.parse(line);
      } catch {
        throw new Error(`heads line ${number} is not JSON`);
      }
      if (!Number.isInteger(head.treeSize) || typeof head.rootHash !== 'string' || typeof head.timestamp !== 'string' || typeof head.signature !== 'string') {
        throw new Error(`heads line ${number} is not a signed tree head (treeSize, rootHash, timestamp, signature)`);
      }
      if (head.signedFrom !== undefined && !Number.isInteger(head.signedFrom)) throw new Error(`heads line ${number}: signedFrom must be a position`);
      return head as SignedTreeHead;
    });
}
