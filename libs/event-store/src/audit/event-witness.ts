import { type KeyObject, createPublicKey, sign, verify } from 'node:crypto';
import type { RecordedEvent } from '../event-store.port';

/**
 * The appending server's signature on each event it writes. A chain proves itself, not that the
 * server wrote it: anyone with the database and the hashing code can append an event with a
 * valid chain. So the store, at append, signs each event's chain hash with the Ed25519 key that
 * also signs tree heads (kept outside the database), and keeps the signature in the event's
 * metadata as `witness`. The chain hash leaves `witness` out (it cannot sign itself), but the
 * chain hash covers everything else and the Merkle leaf covers the witness too, so a forger
 * without the key can neither add a signed event nor move a signature to other content.
 */

// A fixed label, so an event signature can never be replayed as a tree-head signature or the reverse.
const WITNESS_LABEL = 'saferplan-event-witness-v1:';

function signedBytes(hash: string): Buffer {
  return Buffer.from(WITNESS_LABEL + hash, 'utf8');
}

/** Signs chain hashes at append: one Ed25519 signature per event, no I/O. */
export class EventSigner {
  readonly publicKey: KeyObject;

  /** privateKey is readable so the SQLite writer thread can be handed the key it signs with. */
  constructor(readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
  }

  /** Base64 signature over the event's chain hash. */
  witness(hash: string): string {
    return sign(null, signedBytes(hash), this.privateKey).toString('base64');
  }
}

/** Why an event's witness does not hold, or null when it was signed by one of the keys over its stored hash. */
export function witnessProblem(event: Pick<RecordedEvent, 'metadata'>, keys: readonly KeyObject[]): string | null {
  const { witness, hash } = event.metadata;
  if (typeof witness !== 'string' || witness === '') {
    return "unsigned: it carries no signature of the appending server, though every event from the first signed one on must: written behind the server's back, or its signature removed";
  }
  if (!hash) return 'unhashed: recorded before hashing existed, or its hash was removed';
  const signature = Buffer.from(witness, 'base64');
  const signedBy = keys.some((key) => {
    try {
      return verify(null, signedBytes(hash), key, signature);
    } catch {
      return false;
    }
  });
  return signedBy ? null : "the server's signature does not verify with the audit public key: forged, or moved from another event";
}

/**
 * Follows the log in position order and reports events that break the signing rule: from the
 * first signed event on (or from `signedFrom`, a start recorded in a signed head, whichever is
 * earlier) every event must carry a valid witness. Events before are from before signing began
 * and are protected by tree heads only.
 */
export class WitnessCheck {
  private start: number | null;

  constructor(
    private readonly keys: readonly KeyObject[],
    signedFrom: number | null = null,
  ) {
    this.start = signedFrom;
  }

  /** The position signing began at, as far as this check has seen; null while none was. */
  get signedFrom(): number | null {
    return this.start;
  }

  /** The problem with this event (the next in position order), or null. */
  inspect(event: RecordedEvent): string | null {
    const carries = typeof event.metadata.witness === 'string';
    if (carries && (this.start === null || event.position < this.start)) this.start = event.position;
    if (this.start === null || event.position < this.start) return null;
    return witnessProblem(event, this.keys);
  }
}
