import { createPublicKey } from 'node:crypto';
import type { EventStore } from '../event-store.port';
import type { AuditProblem } from './audit-trail';
import { eventLeafHash } from './event-leaf';
import { WitnessCheck } from './event-witness';

/** Events a page handles between two turns of the event loop when it checks signatures. */
const WATCHED_SLICE = 256;

/**
 * The signing rule a catch-up checks as it reads (event-witness.ts), as plain data so a page
 * can be read on a worker thread: keys as PEM, and the state carried from page to page.
 */
export interface WitnessRule {
  keys: readonly string[];
  /** Where signing began, as far as the pages read so far showed (null while none did). */
  signedFrom: number | null;
  /** Leaf index from which events are checked: those before were checked when a head was signed over them. */
  checkFrom: number;
}

/** One page of a Merkle log's catch-up: the events after `after`, as leaves. */
export interface LeafPageRequest {
  after: number;
  maxCount: number;
  /** The leaf index the page's first event becomes. */
  firstLeaf: number;
  witness: WitnessRule | null;
}

export interface LeafPage {
  positions: number[];
  /** 32 bytes a leaf, in the order of `positions`. */
  leaves: Uint8Array;
  /** The rule's `signedFrom` after this page (null without a rule, or while no event was signed). */
  signedFrom: number | null;
  /** Every event of the page that breaks the signing rule. */
  unsigned: AuditProblem[];
}

/**
 * Reads one page and hashes it into leaves, checking each event's server signature on the way.
 * The signature check is most of the cost (an Ed25519 verify, about 50 µs an event), which is
 * why a server runs this on a heavy-read worker (tree-head.service.ts); the same function
 * answers in the thread that calls it, so both give the same leaves and the same verdicts.
 */
export async function readLeafPage(store: EventStore, request: LeafPageRequest): Promise<LeafPage> {
  const events = await store.readAll({ after: request.after, maxCount: request.maxCount });
  const rule = request.witness;
  const check = rule ? new WitnessCheck(rule.keys.map((pem) => createPublicKey(pem)), rule.signedFrom) : null;
  const leaves = new Uint8Array(events.length * 32);
  const positions: number[] = [];
  const unsigned: AuditProblem[] = [];
  for (const [index, event] of events.entries()) {
    if (check && index > 0 && index % WATCHED_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    if (check && request.firstLeaf + index >= rule!.checkFrom) {
      const reason = check.inspect(event);
      if (reason) unsigned.push({ streamId: event.streamId, position: event.position, reason });
    }
    leaves.set(Buffer.from(eventLeafHash(event), 'hex'), index * 32);
    positions.push(event.position);
  }
  return { positions, leaves, signedFrom: check?.signedFrom ?? null, unsigned };
}
