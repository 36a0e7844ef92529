import type { KeyObject } from 'node:crypto';
import { type SignedTreeHead, signTreeHead } from './tree-head';
import type { TreeHeadJournal } from './tree-head-journal';
import type { EventTreeLog } from './tree-log';

/**
 * Signs the log's head with the key kept outside the database and journals it: on a timer while
 * events arrive (`signIfGrown`) and at every seal (`signNow`). The time is passed in, so the
 * caller's clock decides it.
 */
export class TreeHeadSigner {
  private last: SignedTreeHead | null;

  constructor(
    private readonly log: EventTreeLog,
    private readonly key: KeyObject,
    private readonly journal: TreeHeadJournal,
  ) {
    this.last = journal.latest();
  }

  get latest(): SignedTreeHead | null {
    return this.last;
  }

  async signNow(now: Date): Promise<SignedTreeHead> {
    await this.log.catchUp();
    const head = signTreeHead({ treeSize: this.log.size, rootHash: this.log.root(), timestamp: now.toISOString() }, this.key);
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
