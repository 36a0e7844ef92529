import type { Decider } from '@saferplan/domain';

interface Snapshot {
  decider: Decider<any, any, any>;
  state: unknown;
  revision: number;
}

/**
 * Recently used aggregate states by stream, so a load reads and folds only the events recorded
 * since. Safe to share: deciders are pure and their states never mutated, and a load always reads
 * on from the snapshot's revision, so writes by other instances are picked up.
 */
export class AggregateSnapshots {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(private readonly capacity = 10_000) {}

  get<State>(streamId: string, decider: Decider<State, any, any>): { state: State; revision: number } | undefined {
    const snapshot = this.snapshots.get(streamId);
    if (!snapshot || snapshot.decider !== decider) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.snapshots.delete(streamId);
    this.snapshots.set(streamId, snapshot);
    return { state: snapshot.state as State, revision: snapshot.revision };
  }

  remember<State>(streamId: string, decider: Decider<State, any, any>, state: State, revision: number): void {
    if (revision < 0) return;
    const existing = this.snapshots.get(streamId);
    if (existing && existing.revision > revision) return;
    this.snapshots.delete(streamId);
    this.snapshots.set(streamId, { decider, state, revision });
    if (this.snapshots.size > this.capacity) this.snapshots.delete(this.snapshots.keys().next().value!);
  }
}
