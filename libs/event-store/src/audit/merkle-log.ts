import { createHash } from 'node:crypto';

/**
 * The append-only Merkle log of RFC 9162 (Certificate Transparency 2.0), section 2.1: a leaf
 * hash is SHA-256(0x00 || leaf), an interior node SHA-256(0x01 || left || right), and a tree of
 * n leaves splits at k, the largest power of two below n. Hashes travel as lowercase hex.
 * The prefixes keep a leaf from ever passing for a node (second-preimage resistance).
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function leafHash(leaf: string | Buffer): string {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest('hex');
}

export function nodeHash(left: string, right: string): string {
  return createHash('sha256').update(NODE_PREFIX).update(Buffer.from(left, 'hex')).update(Buffer.from(right, 'hex')).digest('hex');
}

/** MTH({}): the hash of the empty string. */
export const EMPTY_ROOT = createHash('sha256').digest('hex');

/** Largest power of two strictly less than n (n >= 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Leaf hashes in order, readable by index: an array, or a store-backed reader. */
export interface LeafHashes {
  readonly size: number;
  at(index: number): string;
  /** The root of the perfect subtree of `size` leaves from `start`, when kept; spares recomputing it. */
  perfectNode?(start: number, size: number): string | undefined;
}

export function leavesOf(hashes: readonly string[]): LeafHashes {
  return { size: hashes.length, at: (index) => hashes[index] };
}

/** MTH of leaves [start, end). */
export function subtreeRoot(leaves: LeafHashes, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves.at(start);
  const kept = isPowerOfTwo(n) ? leaves.perfectNode?.(start, n) : undefined;
  if (kept !== undefined) return kept;
  const k = splitPoint(n);
  return nodeHash(subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

/** Audit path of leaf m in the tree of the first n leaves (RFC 9162 2.1.3.1), leaf to root. */
export function inclusionProof(leaves: LeafHashes, m: number, n: number): string[] {
  if (!(m >= 0 && m < n && n <= leaves.size)) throw new RangeError(`no leaf ${m} in a tree of ${n}`);
  const path = (index: number, start: number, end: number): string[] => {
    if (end - start === 1) return [];
    const k = splitPoint(end - start);
    return index < k
      ? [...path(index, start, start + k), subtreeRoot(leaves, start + k, end)]
      : [...path(index - k, start + k, end), subtreeRoot(leaves, start, start + k)];
  };
  return path(m, 0, n);
}

/** Consistency proof between the trees of the first m and first n leaves (RFC 9162 2.1.4.1). */
export function consistencyProof(leaves: LeafHashes, m: number, n: number): string[] {
  if (!(m >= 0 && m <= n && n <= leaves.size)) throw new RangeError(`no consistency from ${m} to ${n}`);
  if (m === 0 || m === n) return [];
  const subproof = (mm: number, start: number, end: number, complete: boolean): string[] => {
    const size = end - start;
    if (mm === size) return complete ? [] : [subtreeRoot(leaves, start, end)];
    const k = splitPoint(size);
    return mm <= k
      ? [...subproof(mm, start, start + k, complete), subtreeRoot(leaves, start + k, end)]
      : [...subproof(mm - k, start + k, end, false), subtreeRoot(leaves, start, start + k)];
  };
  return subproof(m, 0, n, true);
}

/** Checks an audit path (RFC 9162 2.1.3.2): does leaf `leaf` at `index` lie in the tree (size, root)? */
export function verifyInclusion(leaf: string, index: number, size: number, proof: readonly string[], root: string): boolean {
  if (index >= size || index < 0) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}

/** Checks a consistency proof (RFC 9162 2.1.4.2): is the tree (size1, root1) a prefix of (size2, root2)? */
export function verifyConsistency(size1: number, size2: number, proof: readonly string[], root1: string, root2: string): boolean {
  if (size1 < 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = [...proof];
  // A power-of-two old tree is itself a node of the new one: its root heads the path.
  if (isPowerOfTwo(size1)) path.unshift(root1);
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr === root1 && sr === root2 && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * The root of a growing log kept as its frontier: the roots of the perfect subtrees that make up
 * the leaves so far, largest first (one per set bit of the size). Appending a leaf is O(log n)
 * and the root is O(log n), so the log never needs its leaves again to answer its own head.
 */
export class MerkleFrontier {
  private readonly nodes: { size: number; hash: string }[] = [];
  private count = 0;

  /** `onNode` sees every perfect subtree as it completes (its first leaf, size and root). */
  constructor(private readonly onNode?: (start: number, size: number, hash: string) => void) {}

  get size(): number {
    return this.count;
  }

  append(leaf: string): void {
    let node = { size: 1, hash: leaf };
    while (this.nodes.length > 0 && this.nodes[this.nodes.length - 1].size === node.size) {
      const left = this.nodes.pop()!;
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) };
      this.onNode?.(this.count + 1 - node.size, node.size, node.hash);
    }
    this.nodes.push(node);
    this.count++;
  }

  root(): string {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let hash = this.nodes[this.nodes.length - 1].hash;
    for (let i = this.nodes.length - 2; i >= 0; i--) hash = nodeHash(this.nodes[i].hash, hash);
    return hash;
  }
}
