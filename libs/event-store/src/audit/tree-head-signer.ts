import { type KeyObject, createPublicKey } from 'node:crypto';
import { type SignedTreeHead, isTreeHeadSigned, signTreeHead } from './tree-head';
import type { TreeHeadJournal } from './tree-head-journal';
import type { EventTreeLog } from './tree-log';

/** The log holds an event the server did not sign: no head may vouch for it. */
export class TamperedLogError extends Error {
  constructor(
    readonly streamId: string,
    readonly position: number,
    readonly reason: string,
  ) {
    super(`The event log was tampered with: the event at position ${position} (stream ${streamId}) is not one the server wrote (${reason}). No tree head will be signed over it.`);
    this.name = 'TamperedLogError';
  }
}

/**
 * Signs the log's head with the key kept outside the database and journals it: on a timer while
 * events arrive (`signIfGrown`) and at every seal (`signNow`). The time is passed in, so the
 * caller's clock decides it.
 *
 * Before signing it checks every event added since the last head it signed: from the first
 * event the server signed on, each must carry the server's valid signature (event-witness.ts),
 * so an event forged into the database with a valid chain is never signed into a head. Each head
 * records where signing began (`signedFrom`).
 */
export class TreeHeadSigner {
  private last: SignedTreeHead | null;

  constructor(
    private readonly log: EventTreeLog,
    private readonly key: KeyObject,
    private readonly journal: TreeHeadJournal,
  ) {
    const publicKey = createPublicKey(key);
    // The latest head this key signed (usually the last line: one check): a line edited into
    // the journal cannot skip the check of the events after it.
    this.last = [...journal.all()].reverse().find((head) => isTreeHeadSigned(head, publicKey)) ?? null;
    // Events under that head were checked when it was signed.
    log.checkWitnesses([publicKey], this.last?.signedFrom ?? null, this.last?.treeSize ?? 0);
  }

  get latest(): SignedTreeHead | null {
    return this.last;
  }

  /** Position signing began at, as far as the signer knows (null before any signed event). */
  get signedFrom(): number | null {
    return this.log.signedFrom;
  }

  /** The first event found that the server did not sign, or null. */
  async tampering(): Promise<TamperedLogError | null> {
    await this.log.catchUp();
    const [first] = this.log.unsignedEvents;
    return first ? new TamperedLogError(first.streamId, first.position, first.reason) : null;
  }

  async signNow(now: Date): Promise<SignedTreeHead> {
    const tampered = await this.tampering();
    if (tampered) throw tampered;
    const signedFrom = this.log.signedFrom ?? undefined;
    const head = signTreeHead({ treeSize: this.log.size, rootHash: this.log.root(), timestamp: now.toISOString(), signedFrom }, this.key);
    this.journal.append(head);
    this.last = head;
    return head;
  }

  /** A new head only when events arrived since the last one: an idle store adds no heads. */
  async signIfGrown(now: Date): Promise<SignedTreeHead | null> {
    await this.log.catchUp();
    if (this.last && this.last.treeSize === this.log.size && this.last.rootHash === this.log.root()) return null;
    return this.signNow(now);
  }
}
