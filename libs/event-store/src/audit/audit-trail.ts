import type { KeyObject } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../event-store.port';
import { eventHash } from '../shared/hash-chain';
import { WitnessCheck } from './event-witness';

export interface AuditProblem {
  streamId: string;
  /** Global position of the event where the chain breaks. */
  position: number;
  reason: string;
}

/** The last event of a stream as the chain recomputes it: its revision and recomputed hash. */
export interface StreamHead {
  streamId: string;
  revision: number;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  /** The first broken link of each stream, in stream order of discovery. */
  problems: AuditProblem[];
  /** Heads of every stream read, from recomputed hashes (so a rewrite of stored hashes cannot hide an edit). */
  heads: StreamHead[];
  /** Position of the first event that had to carry the server's signature; null when none had to (or no keys were given). */
  signedFrom: number | null;
}

export interface AuditTrailOptions {
  throughPosition?: number;
  pageSize?: number;
  /**
   * The audit public keys. Given, every event from the first signed one on (or from `signedFrom`,
   * when a signed tree head recorded an earlier start) must carry a valid signature of one of
   * them: a forged append with a valid chain is reported. Omitted, only the chains are checked.
   */
  witnessKeys?: readonly KeyObject[];
  signedFrom?: number | null;
}

interface ChainState {
  nextRevision: number;
  lastHash: string | null;
  broken: boolean;
}

/**
 * Recomputes every stream's hash chain over the global log (up to `throughPosition` when
 * given) and reports the first broken link per stream: a revision out of order or missing (a
 * deleted or reordered row), a previousHash that is not the hash of the event before (an edit
 * upstream, or a deleted first event), a stored hash that does not match the content (data or
 * metadata edited), an event recorded before hashing existed, or, with the witness keys, an event
 * the server did not sign (appended behind its back).
 */
export async function verifyAuditTrail(store: EventStore, options: AuditTrailOptions = {}): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 1000;
  const witnesses = options.witnessKeys ? new WitnessCheck(options.witnessKeys, options.signedFrom ?? null) : null;
  const chains = new Map<string, ChainState>();
  const problems: AuditProblem[] = [];
  let eventsChecked = 0;
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    let done = page.length < pageSize;
    for (const event of page) {
      if (options.throughPosition !== undefined && event.position > options.throughPosition) {
        done = true;
        break;
      }
      eventsChecked++;
      const chain = chains.get(event.streamId) ?? { nextRevision: 0, lastHash: null, broken: false };
      chains.set(event.streamId, chain);
      // Every event moves the signing start, even in a stream already reported.
      const unwitnessed = witnesses?.inspect(event) ?? null;
      if (chain.broken) continue;
      const reason = brokenLink(event, chain) ?? unwitnessed;
      if (reason) {
        chain.broken = true;
        problems.push({ streamId: event.streamId, position: event.position, reason });
        continue;
      }
      chain.nextRevision = event.revision + 1;
      chain.lastHash = eventHash(event);
    }
    if (done || page.length === 0) break;
    after = page[page.length - 1].position;
  }
  const heads = [...chains.entries()]
    .filter(([, chain]) => chain.lastHash !== null)
    .map(([streamId, chain]) => ({ streamId, revision: chain.nextRevision - 1, hash: chain.lastHash! }))
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  return { ok: problems.length === 0, eventsChecked, problems, heads, signedFrom: witnesses?.signedFrom ?? null };
}

function brokenLink(event: RecordedEvent, chain: ChainState): string | null {
  if (event.revision !== chain.nextRevision) {
    return `revision ${event.revision} where revision ${chain.nextRevision} was expected: an event was deleted or events reordered`;
  }
  if (!event.metadata.hash) return 'unhashed: recorded before hashing existed, or its hash was removed';
  if ((event.metadata.previousHash ?? null) !== chain.lastHash) {
    return `previousHash does not match the hash of revision ${event.revision - 1}: the chain was cut (an earlier event deleted, replaced or reordered)`;
  }
  if (eventHash(event) !== event.metadata.hash) return 'hash does not match the content: data or metadata altered after recording';
  return null;
}
