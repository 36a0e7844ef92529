import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';

/**
 * Tamper evidence: every event's metadata carries `hash`, a SHA-256 over the canonical JSON of
 * {streamId, revision, type, data, metadata without hash}, and that metadata includes
 * `previousHash`, the hash of the event before it in its stream (null at revision 0). Editing,
 * deleting or reordering an event therefore breaks its own hash or the next event's link.
 * This is the one place the hash is defined: every adapter and the verifier use it.
 */

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every depth, after a JSON round trip so a value hashes exactly
 * as it reads back from any store (undefined fields dropped, Dates as ISO strings, key order of
 * PostgreSQL jsonb irrelevant).
 */
export function canonicalJson(value: unknown): string {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  return JSON.stringify(plain, (_key, nested: unknown) => {
    if (nested === null || typeof nested !== 'object' || Array.isArray(nested)) return nested;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(nested).sort()) sorted[key] = (nested as Record<string, unknown>)[key];
    return sorted;
  });
}

export interface HashableEvent {
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/**
 * The hash an event should carry, recomputed from what it holds: its own `hash` excluded, and its
 * `witness`, the server's signature over that hash (events without one hash as they always did).
 */
export function eventHash(event: HashableEvent): string {
  const { hash: _hash, witness: _witness, ...metadata } = event.metadata;
  void _hash;
  void _witness;
  return sha256Hex(canonicalJson({ streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata }));
}

/**
 * Chains the metadata of one append: event i links to event i-1, the first to `previousHash`
 * (the stream's current last hash, null for a new stream). With a signer, each event also gets
 * the server's signature over its hash (`witness`): computed here, once per event, in memory, so
 * signing adds no round trip to any store.
 */
export function chainMetadata(
  streamId: string,
  firstRevision: number,
  events: NewEvent[],
  metadata: EventMetadata[],
  previousHash: string | null,
  signer?: EventSigner | null,
): EventMetadata[] {
  let link = previousHash;
  return events.map((event, index) => {
    const linked: EventMetadata = { ...metadata[index], previousHash: link };
    const hash = eventHash({ streamId, revision: firstRevision + index, type: event.type, data: event.data, metadata: linked });
    link = hash;
    return signer ? { ...linked, hash, witness: signer.witness(hash) } : { ...linked, hash };
  });
}
