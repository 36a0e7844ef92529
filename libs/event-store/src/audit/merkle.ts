import { canonicalJson, sha256Hex } from '../shared/hash-chain';
import type { StreamHead } from './audit-trail';

/**
 * Merkle root over stream heads, sorted by streamId: leaf = SHA-256 of the canonical JSON of
 * {streamId, revision, hash}; a parent is SHA-256 of its children's hex concatenated; an odd
 * node at the end of a level moves up unchanged. The root of no heads is SHA-256 of "".
 */
export function merkleRoot(heads: readonly StreamHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  let level = sorted.map((head) => sha256Hex(canonicalJson({ streamId: head.streamId, revision: head.revision, hash: head.hash })));
  if (level.length === 0) return sha256Hex('');
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha256Hex(level[i] + level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

/** A root short enough to read aloud or print in a board pack: the first 16 hex digits in groups of four. */
export function shortRoot(root: string): string {
  return root.slice(0, 16).match(/.{4}/g)!.join('-');
}
