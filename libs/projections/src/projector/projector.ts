import type { EventStore, RecordedEvent, Subscription } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { type DocumentDifference, type ReadModelDocument, compareDocuments } from '../plan-read-model/read-model-documents';
import { CheckpointConflictError, type ReadModelStore } from '../read-model-store/read-model-store';
import type { PlanQueries } from '../views';
import { Later } from './later';
import { OneAtATime } from './one-at-a-time';
import { type PlanProjectorOptions, type ResolvedProjectorOptions, resolveProjectorOptions } from './projector-options';
import { type RebuildOptions, type RebuildResult, foldLog, rewriteOf, withChangedFields } from './rebuild';
import { Provisional } from './provisional';
import { ReadModelLagError, Waiters } from './waiters';
import { bringStoreUpTo } from './writer-takeover';

export type { PlanProjectorOptions } from './projector-options';
export type { RebuildOptions, RebuildResult } from './rebuild';
export { ReadModelLagError } from './waiters';

type State = 'new' | 'running' | 'stopped';

/**
 * Keeps the plan read model up to date from the global log. Each delivered batch is folded into
 * the in-memory model, which queries read, and waitFor() releases its callers at once: what they
 * wait for is in the event store already, and the model is a function of it. The writer then saves
 * the changed documents and the new checkpoint in one transaction (compare-and-set on the
 * checkpoint), gathering the batches of `saveDelayMs` into one save, so the save is off the
 * command path and costs once per interval instead of once per command. With a writer lock,
 * instances that do not hold it skip the save and serve from memory; the one that takes the lock
 * over first brings the store up to its model. A restart loads the stored documents and
 * subscribes after the stored checkpoint (no full replay); stop() saves what is left first.
 *
 * Batches and rebuilds run one at a time, so a rebuild sees a model that does not move under it.
 * The projector owns its ReadModelStore and closes it on stop().
 */
export class PlanProjector {
  private model = new PlanReadModel();
  private position = 0;
  private state: State = 'new';
  private subscription: Subscription | null = null;
  private readonly waiters = new Waiters();
  /** Own stored events the log has not delivered yet, shown on top of the model (waitForOwn). */
  private readonly provisional = new Provisional();
  private readonly oneAtATime = new OneAtATime();
  private readonly recovery = new Later();
  private readonly lockCheck = new Later();
  private readonly save = new Later();
  /** Whether this instance saves; always true without a writer lock. */
  private writer = true;
  /** The stored checkpoint as this instance last loaded or saved it: the compare-and-set operand. */
  private persisted = 0;
  private readonly options: ResolvedProjectorOptions;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    options: PlanProjectorOptions = {},
  ) {
    this.options = resolveProjectorOptions(options);
  }

  /** Loads the stored model and checkpoint, then follows the log from there. */
  async start(): Promise<void> {
    if (this.state === 'running') return;
    if (this.state === 'stopped') throw new Error('PlanProjector was stopped; create a new one');
    await this.resume();
    this.state = 'running';
    this.scheduleLockCheck();
  }

  /**
   * The live model. Read it afresh for each query: a rebuild swaps it for a new object. While
   * this instance's own stored writes wait behind the log (waitForOwn), a copy showing them too.
   */
  get queries(): PlanQueries {
    return this.provisional.queries(this.model, this.position);
  }

  /** Position of the last event folded in (the writer saves it within saveDelayMs). */
  get checkpoint(): number {
    return this.position;
  }

  /**
   * The last position this instance's queries show: folded, or one of its own writes shown
   * provisionally. Every write this instance acknowledged is at or below it, so a view kept
   * beside the read model (the people directory) need not look at the log until it moves.
   */
  get knownPosition(): number {
    return Math.max(this.position, this.provisional.lastPosition());
  }

  /** True while this instance persists documents and checkpoint (it holds the writer lock). */
  get isWriter(): boolean {
    return this.writer;
  }

  /**
   * Resolves once every event up to `position` is in the model (read-your-writes after an
   * append); rejects with ReadModelLagError after `timeoutMs`.
   */
  waitFor(position: number, timeoutMs = this.options.waitTimeoutMs): Promise<void> {
    if (position <= this.position) return Promise.resolve();
    if (this.state === 'stopped') {
      return Promise.reject(new Error(`read model is stopped at position ${this.position}; cannot wait for ${position}`));
    }
    return this.waiters.wait(position, timeoutMs, () => this.position);
  }

  /**
   * waitFor for events this instance has just appended (durably stored): if the model does not
   * reach them in time, the answer is still theirs, never a failure. They are then shown
   * provisionally (queries answer from a copy of the model with them folded in on top) until
   * the log delivers them in order. Resolves 'current' or 'provisional'.
   */
  async waitForOwn(events: RecordedEvent[], timeoutMs = this.options.waitTimeoutMs): Promise<'current' | 'provisional'> {
    if (events.length === 0) return 'current';
    try {
      await this.waitFor(events[events.length - 1].position, timeoutMs);
      return 'current';
    } catch (error) {
      if (!(error instanceof ReadModelLagError)) throw error;
      this.provisional.add(events);
      this.report(new Error(`${error.message}; answering from the stored events meanwhile`));
      return 'provisional';
    }
  }

  /** Saves what the writer has folded but not yet saved (it does so by itself within saveDelayMs). */
  async flush(): Promise<void> {
    this.save.cancel();
    await this.oneAtATime.run(() => this.saveChanges());
  }

  /** Lets a running batch finish, saves what it folded, closes the subscription and the read-model store. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.recovery.cancel();
    this.lockCheck.cancel();
    this.save.cancel();
    await this.subscription?.close();
    this.subscription = null;
    await this.oneAtATime.run(() => this.saveChanges());
    // Only once the last save is done, so a successor never saves alongside it.
    await this.options.writerLock?.release();
    this.writer = false;
    this.waiters.rejectAll(this.position);
    await this.readModels.close();
  }

  /**
   * Folds the whole log up to its head into a fresh model and compares its documents with the
   * incremental ones, reporting every difference. Without `repair` it writes nothing: the live and
   * the saved model stay as they were, as evidence. With `repair` the fresh model replaces the old
   * (one transaction: once the live model is saved, only the documents that differ are written).
   * Events after the head keep arriving through the subscription on top of whichever model is live.
   */
  async rebuild(options: RebuildOptions = {}): Promise<RebuildResult> {
    if (this.state !== 'running') throw new Error('start the projector before rebuilding its read model');
    // Compare at the head, not wherever the subscription has got to since the stored checkpoint:
    // the live model catches up on the tail (it reads it anyway), so the fold covers every event.
    await this.waitFor(await this.store.headPosition());
    return this.oneAtATime.run(async () => {
      const upTo = this.position;
      const { model: fresh, eventsApplied } = await foldLog(this.store, upTo, this.options.pageSize);
      const documents = fresh.toDocuments();
      const live = this.model.toDocuments();
      const differences = withChangedFields(compareDocuments(documents, live), documents, live);
      if (options.repair) await this.repairWith(fresh, documents, differences, upTo);
      return { identical: differences.length === 0, eventsApplied, differences, repaired: options.repair === true && differences.length > 0 };
    });
  }

  private async repairWith(fresh: PlanReadModel, documents: ReadModelDocument[], differences: DocumentDifference[], upTo: number): Promise<void> {
    // Bring the store up to the live model first; that save can also find this instance no
    // longer the writer (CheckpointConflictError), hence the second check.
    if (this.writer) await this.saveChanges();
    if (this.writer) {
      if (this.persisted === upTo) {
        // The store holds the live model exactly: rewrite only the documents the fresh fold
        // disagrees with, instead of every document again.
        const { rewritten, remove } = rewriteOf(differences, documents);
        if (differences.length > 0) await this.readModels.save(rewritten, upTo, { remove, expectedCheckpoint: this.persisted });
      } else {
        await this.readModels.save(documents, upTo, { replaceAll: true, expectedCheckpoint: this.persisted });
      }
      this.persisted = upTo;
    }
    fresh.markSaved();
    this.model = fresh;
  }

  private async resume(): Promise<void> {
    if (this.options.writerLock) this.writer = await this.options.writerLock.tryAcquire();
    let { checkpoint, model } = await this.readModels.load();
    const head = await this.store.headPosition();
    if (checkpoint > head) {
      // The stored model is ahead of the log: the event store was replaced. Refold from scratch
      // (only the writer forgets the stored documents; the others just fold in memory).
      this.report(new Error(`read model checkpoint ${checkpoint} is beyond the event log head ${head}; rebuilding from the start`));
      if (this.writer) await this.readModels.clear();
      checkpoint = 0;
      model = new PlanReadModel();
    }
    this.model = model;
    this.position = checkpoint;
    this.persisted = checkpoint;
    this.subscription = this.store.subscribeToAll({
      after: checkpoint,
      onEvents: (events) => this.oneAtATime.run(() => this.applyBatch(events)),
      onError: (error) => this.report(error),
    });
  }

  private async applyBatch(events: RecordedEvent[]): Promise<void> {
    const fresh = events.filter((event) => event.position > this.position);
    if (fresh.length === 0) return;
    try {
      for (const event of fresh) this.model.apply(event);
    } catch (error) {
      // A half-applied batch leaves the model in no known state: throw it away and resume from the
      // stored checkpoint, which is consistent with its documents. The subscription ends on throw.
      this.scheduleRecovery();
      throw error;
    }
    this.position = fresh[fresh.length - 1].position;
    // Readers mark too: a takeover saves their whole model, so "changed" only matters from then.
    if (this.writer) this.scheduleSave(this.options.saveDelayMs);
    else this.model.markSaved();
    this.waiters.release(this.position);
  }

  /**
   * The writer's save of everything folded since the last one. A failed save loses nothing: the
   * model stays (it is the log folded, whatever the store holds) with its changes still marked,
   * and the next save carries them. Another projector having saved in between
   * (CheckpointConflictError: this one lost its lock unnoticed) makes this one a reader until the
   * lock check hands saving back to it (takeOver).
   */
  private async saveChanges(): Promise<void> {
    if (!this.writer || this.position === this.persisted) return;
    const upTo = this.position;
    try {
      await this.readModels.save(this.model.changedDocuments(), upTo, { expectedCheckpoint: this.persisted });
    } catch (error) {
      if (error instanceof CheckpointConflictError) this.writer = false;
      else this.scheduleSave(this.options.retryDelayMs);
      this.report(error as Error);
      return;
    }
    this.persisted = upTo;
    this.model.markSaved();
  }

  private scheduleSave(delayMs: number): void {
    if (this.state === 'stopped') return;
    this.save.schedule(delayMs, () => {
      this.oneAtATime.run(() => this.saveChanges()).catch((error: Error) => this.report(error));
    });
  }

  private scheduleRecovery(): void {
    if (this.state === 'stopped') return;
    this.recovery.schedule(this.options.retryDelayMs, () => {
      if (this.state === 'stopped') return;
      this.oneAtATime
        .run(async () => {
          await this.subscription?.close();
          if (this.state !== 'stopped') await this.resume();
        })
        .catch((error: Error) => {
          this.report(error);
          this.scheduleRecovery();
        });
    });
  }

  /** Tries (or confirms) the writer lock every writerLockRetryMs while running. */
  private scheduleLockCheck(): void {
    const lock = this.options.writerLock;
    if (!lock || this.state !== 'running') return;
    this.lockCheck.schedule(this.options.writerLockRetryMs, () => {
      this.oneAtATime
        .run(async () => {
          if (this.state !== 'running') return;
          const holds = await lock.tryAcquire();
          if (holds && !this.writer) await this.takeOver();
          else this.writer = holds;
        })
        .catch((error: Error) => this.report(error))
        .finally(() => this.scheduleLockCheck());
    });
  }

  /** Just got the writer lock: save on from a model the store agrees with. If this fails the lock is still ours and the next check tries again. */
  private async takeOver(): Promise<void> {
    const adopted = await bringStoreUpTo(this.readModels, this.model, this.position);
    if (adopted) {
      // The previous writer saved events our subscription has not delivered yet: adopt its model;
      // the subscription's copies of those events are then skipped as already applied.
      this.model = adopted.model;
      this.position = adopted.checkpoint;
      this.waiters.release(this.position);
    }
    this.persisted = this.position;
    this.writer = true;
  }

  private report(error: Error): void {
    if (this.options.onError) this.options.onError(error);
    else console.error('plan projector:', error);
  }
}
