import type { KeyObject } from 'node:crypto';
import type { EventStore } from '../event-store.port';
import type { AuditProblem } from './audit-trail';
import { MerkleFrontier, verifyConsistency } from './merkle-log';
import { type SignedTreeHead, isTreeHeadSigned } from './tree-head';
import { EventTreeLog } from './tree-log';

export interface HeadProblem {
  treeSize: number;
  timestamp: string;
  reason: string;
}

export interface HeadsVerification {
  ok: boolean;
  headsChecked: number;
  eventsInStore: number;
  /** The largest published head the store was shown consistent with, or null. */
  latestConsistent: SignedTreeHead | null;
  problems: HeadProblem[];
  /**
   * Events from where signing began (the earliest `signedFrom` of a genuine head, or the first
   * signed event) without the server's valid signature: forged appends, covered by a head or not.
   */
  eventProblems: AuditProblem[];
}

/**
 * Checks the store against heads published earlier: each must carry a valid signature of the
 * trusted key, and the store's first `treeSize` events, as they read now, must give its root.
 * Any edit, deletion (tail included), reordering, insertion or re-chaining in a covered range
 * changes that root, and rebuilding chains and roots does not help without the signing key.
 * The largest head is also proved consistent with the whole current tree (RFC 9162 2.1.4), and
 * every event from where signing began, after the last head too, must carry the server's
 * signature: a forger without the key cannot append an event that passes.
 */
export async function verifyAgainstHeads(store: EventStore, heads: readonly SignedTreeHead[], publicKey: KeyObject): Promise<HeadsVerification> {
  const problems: HeadProblem[] = [];
  const problem = (head: SignedTreeHead, reason: string) => problems.push({ treeSize: head.treeSize, timestamp: head.timestamp, reason });
  const signed: SignedTreeHead[] = [];
  for (const head of heads) {
    if (isTreeHeadSigned(head, publicKey)) signed.push(head);
    else problem(head, 'signature does not verify with the audit public key: not a head this server signed');
  }
  // The earliest start a genuine head records: signatures stripped later cannot move it.
  const starts = signed.map((head) => head.signedFrom).filter((from): from is number => typeof from === 'number');
  const log = new EventTreeLog(store);
  log.checkWitnesses([publicKey], starts.length === 0 ? null : Math.min(...starts));
  await log.catchUp();
  const eventProblems: AuditProblem[] = [...log.unsignedEvents];
  const bySize = signed.sort((a, b) => a.treeSize - b.treeSize);
  const frontier = new MerkleFrontier();
  let latestConsistent: SignedTreeHead | null = null;
  for (const head of bySize) {
    if (head.treeSize > log.size) {
      problem(head, `the head covers ${head.treeSize} events but the store holds ${log.size}: events were deleted`);
      continue;
    }
    while (frontier.size < head.treeSize) frontier.append(log.at(frontier.size));
    if (frontier.root() !== head.rootHash) {
      problem(head, `the store's first ${head.treeSize} events no longer give the signed root ${head.rootHash.slice(0, 16)}: events in that range were edited, removed, reordered, inserted or re-chained`);
      continue;
    }
    latestConsistent = head;
  }
  if (latestConsistent) {
    const { proof } = log.consistencyFrom(latestConsistent.treeSize);
    if (!verifyConsistency(latestConsistent.treeSize, log.size, proof, latestConsistent.rootHash, log.root())) {
      problem(latestConsistent, 'no consistency proof from this head to the current tree');
    }
  }
  return { ok: problems.length === 0 && eventProblems.length === 0, headsChecked: heads.length, eventsInStore: log.size, latestConsistent, problems, eventProblems };
}
