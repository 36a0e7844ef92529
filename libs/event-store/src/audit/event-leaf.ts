import type { RecordedEvent } from '../event-store.port';
import { canonicalJson } from '../shared/hash-chain';
import { leafHash } from './merkle-log';

/** Leaf scheme 2: the event exactly as read back, its global position included. */
export const LEAF_SCHEME = 2;

/**
 * The Merkle leaf hash of an event: every field any query reads (position, stream, revision,
 * type, data and all metadata: schema version, actor, recorded time, command id, its chain hash),
 * so no stored field can change without changing the leaf.
 */
export function eventLeafHash(event: RecordedEvent): string {
  const { position, streamId, revision, type, data, metadata } = event;
  return leafHash(canonicalJson({ v: LEAF_SCHEME, position, streamId, revision, type, data, metadata }));
}
