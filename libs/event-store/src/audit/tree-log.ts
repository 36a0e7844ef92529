import type { EventStore, RecordedEvent } from '../event-store.port';
import { eventLeafHash } from './event-leaf';
import { MerkleFrontier, type LeafHashes, consistencyProof, inclusionProof, subtreeRoot } from './merkle-log';

const KEPT_NODE_SIZE = 256;
/** Events a watched catch-up handles between two turns of the event loop. */
const WATCHED_SLICE = 256;

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
  private readonly watchers: Array<(event: RecordedEvent, leafIndex: number) => void> = [];

  constructor(private readonly store: EventStore) {}

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

  /** Shows every event the log reads from now on to `watcher`, with its leaf index, before it becomes a leaf. */
  watch(watcher: (event: RecordedEvent, leafIndex: number) => void): void {
    this.watchers.push(watcher);
  }

  /** Reads what was appended since the last call; concurrent callers share one read. */
  catchUp(pageSize = 5000): Promise<void> {
    this.catching ??= this.readNew(pageSize).finally(() => (this.catching = null));
    return this.catching;
  }

  private async readNew(pageSize: number): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ after: this.lastPosition, maxCount: pageSize });
      for (const [index, event] of page.entries()) {
        // A watcher checks signatures (a fraction of a millisecond each): let requests in between.
        if (this.watchers.length > 0 && index > 0 && index % WATCHED_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
        for (const watcher of this.watchers) watcher(event, this.size);
        this.add(event.position, eventLeafHash(event));
      }
      if (page.length < pageSize) return;
    }
  }

  private add(position: number, leaf: string): void {
    const offset = this.size * 32;
    if (offset + 32 > this.leaves.length) {
      const grown = Buffer.alloc(this.leaves.length * 2);
      this.leaves.copy(grown);
      this.leaves = grown;
    }
    this.leaves.write(leaf, offset, 'hex');
    this.positions.push(position);
    this.frontier.append(leaf);
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
