import type { KeyObject } from 'node:crypto';
import type { EventStore } from '../event-store.port';
import type { AuditProblem } from './audit-trail';
import { type LeafPage, type LeafPageRequest, type WitnessRule, readLeafPage } from './leaf-page';
import { MerkleFrontier, type LeafHashes, consistencyProof, inclusionProof, subtreeRoot } from './merkle-log';

const KEPT_NODE_SIZE = 256;
/** Leaves folded into the frontier between two turns of the event loop. */
const FOLD_SLICE = 1024;

/**
 * Where a log reads the pages of a long catch-up: in the calling thread by default, or on a
 * worker (tree-head.service.ts). The first page of every catch-up is read in the calling thread,
 * so the usual one (a few events since the last minute) and a small store never start a worker.
 */
export type LeafPageReader = (request: LeafPageRequest) => Promise<LeafPage>;

export interface EventInclusion {
  position: number;
  leafIndex: number;
  leafHash: string;
  treeSize: number;
  /** Audit path, leaf to root (RFC 9162). */
  proof: string[];
}

/**
 * The Merkle log of a store, kept in memory and grown by reading the events appended since it
 * last looked (never re-reading the rest). Leaf hashes are kept as 32 bytes each (32 MB for a
 * million events) for proofs, with the frontier for the root.
 */
export class EventTreeLog implements LeafHashes {
  private leaves = Buffer.alloc(32 * 1024);
  private positions: number[] = [];
  // Perfect subtrees of KEPT_NODE_SIZE leaves and more, kept as they complete, so a proof
  // recomputes at most a few hundred leaves per level instead of the whole log.
  private readonly kept = new Map<string, string>();
  private readonly frontier = new MerkleFrontier((start, size, hash) => {
    if (size >= KEPT_NODE_SIZE) this.kept.set(`${start}/${size}`, hash);
  });
  private lastPosition = 0;
  private catching: Promise<void> | null = null;
  private witness: WitnessRule | null = null;
  private readonly unsigned: AuditProblem[] = [];
  private readonly readHere: LeafPageReader;
  private readonly readLongPages: LeafPageReader;

  constructor(store: EventStore, readLongPages?: LeafPageReader) {
    this.readHere = (request) => readLeafPage(store, request);
    this.readLongPages = readLongPages ?? this.readHere;
  }

  get size(): number {
    return this.frontier.size;
  }

  at(index: number): string {
    return this.leaves.subarray(index * 32, index * 32 + 32).toString('hex');
  }

  root(): string {
    return this.frontier.root();
  }

  perfectNode(start: number, size: number): string | undefined {
    return this.kept.get(`${start}/${size}`);
  }

  /**
   * From now on, every event read from leaf `checkFrom` on must carry the server's signature by
   * one of `keys` once signing began (at `signedFrom`, or the first signed event): WitnessCheck.
   */
  checkWitnesses(keys: readonly KeyObject[], signedFrom: number | null, checkFrom = 0): void {
    this.witness = { keys: keys.map((key) => key.export({ type: 'spki', format: 'pem' }).toString()), signedFrom, checkFrom };
  }

  /** Where signing began, as far as the checked events showed (null before any signed event). */
  get signedFrom(): number | null {
    return this.witness?.signedFrom ?? null;
  }

  /** Every event read so far that breaks the signing rule, in position order. */
  get unsignedEvents(): readonly AuditProblem[] {
    return this.unsigned;
  }

  /** Reads what was appended since the last call; concurrent callers share one read. */
  catchUp(pageSize = 5000): Promise<void> {
    this.catching ??= this.readNew(pageSize).finally(() => (this.catching = null));
    return this.catching;
  }

  private async readNew(pageSize: number): Promise<void> {
    for (let first = true; ; first = false) {
      const read = first ? this.readHere : this.readLongPages;
      const page = await read({ after: this.lastPosition, maxCount: pageSize, firstLeaf: this.size, witness: this.witness });
      if (this.witness) this.witness = { ...this.witness, signedFrom: page.signedFrom };
      this.unsigned.push(...page.unsigned);
      const leaves = Buffer.from(page.leaves.buffer, page.leaves.byteOffset, page.leaves.byteLength);
      for (const [index, position] of page.positions.entries()) {
        // Each leaf costs a hash or two of the frontier: let requests in between.
        if (index > 0 && index % FOLD_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
        this.add(position, leaves.subarray(index * 32, index * 32 + 32));
      }
      if (page.positions.length < pageSize) return;
    }
  }

  private add(position: number, leaf: Buffer): void {
    const offset = this.size * 32;
    if (offset + 32 > this.leaves.length) {
      const grown = Buffer.alloc(this.leaves.length * 2);
      this.leaves.copy(grown);
      this.leaves = grown;
    }
    leaf.copy(this.leaves, offset);
    this.positions.push(position);
    this.frontier.append(leaf.toString('hex'));
    this.lastPosition = position;
  }

  /**
   * The inclusion proof of the event at a global position in the tree of the first `treeSize`
   * leaves (by default the whole log), or null when no such event is in that tree.
   */
  inclusionOf(position: number, treeSize = this.size): EventInclusion | null {
    const leafIndex = this.indexOf(position);
    if (leafIndex === null || leafIndex >= treeSize || treeSize > this.size) return null;
    return { position, leafIndex, leafHash: this.at(leafIndex), treeSize, proof: inclusionProof(this, leafIndex, treeSize) };
  }

  /** Proof that the tree of `fromSize` leaves is a prefix of the current one. */
  consistencyFrom(fromSize: number): { fromSize: number; treeSize: number; fromRoot: string; proof: string[] } {
    return { fromSize, treeSize: this.size, fromRoot: subtreeRoot(this, 0, fromSize), proof: consistencyProof(this, fromSize, this.size) };
  }

  /** Positions are increasing, so a binary search finds the leaf. */
  private indexOf(position: number): number | null {
    let low = 0;
    let high = this.positions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.positions[mid] === position) return mid;
      if (this.positions[mid] < position) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  }
}
