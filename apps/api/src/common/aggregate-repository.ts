import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConflictError, type Decider, type DomainCommand, type DomainEvent } from '@saferplan/domain';
import { EVENT_SCHEMA_VERSIONS, isSaferPlanEventType } from '@saferplan/domain/events';
import {
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { CLOCK, type Clock, EVENT_STORE, WRITE_RETRY } from '@saferplan/config/tokens';
import type { CommandOptions } from './command-options';
import { AggregateSnapshots } from './aggregate-snapshots';
import { commandFingerprint, recordedFor } from './command-fingerprint';
import type { WriteBatch } from './write-batch';

export interface Loaded<State> {
  state: State;
  /** Zero-based revision of the last event, -1 for a stream that does not exist yet. */
  revision: number;
}

export interface Executed {
  /**
   * The events this command recorded (or, for a retried commandId, recorded the first time). In
   * a batch they are not written yet: type, data, stream and revision as they will be, position 0.
   */
  events: RecordedEvent[];
  duplicate: boolean;
}

/**
 * How long an unpinned write keeps retrying a busy stream. Concurrent writers to one stream are
 * retried against fresh state when the caller did not pin a version (a pinned version must
 * conflict instead, so the caller sees the change). A fixed number of attempts lost whole
 * writes under contention from several servers; a deadline with jittered backoff spreads the
 * racers out until each gets its turn.
 */
export interface WriteRetry {
  deadlineMs: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_WRITE_RETRY: WriteRetry = { deadlineMs: 5_000, firstBackoffMs: 2, maxBackoffMs: 100 };

/**
 * Other writers kept winning the race for this stream until the deadline passed. Not a
 * conflict: the caller pinned no version, so nothing they saw was stale; trying again is safe.
 */
export class RecordBusyError extends Error {
  constructor() {
    super('This record is busy: other changes to it kept arriving while yours was being saved; nothing was recorded, try again');
    this.name = 'RecordBusyError';
  }
}

/**
 * The one way to load and save an aggregate: read its stream, fold it with the decider, decide,
 * append with the expected revision, and wait until the read model has caught up so the next
 * query sees the write (read-your-writes). Once the append has returned, the write is stored and
 * is answered as done even if the read model is late (PlanProjector.waitForOwn).
 */
@Injectable()
export class AggregateRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projector: PlanProjector,
    @Optional() @Inject(WRITE_RETRY) private readonly retry: WriteRetry = DEFAULT_WRITE_RETRY,
  ) {}

  private readonly snapshots = new AggregateSnapshots();

  /** The stream as stored, and with a batch, as it will be once the batch's commands for it are written. */
  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Decider<State, any, Event>,
    batch?: WriteBatch,
  ): Promise<Loaded<State>> {
    const snapshot = this.snapshots.get(streamId, decider);
    const recorded = await this.store.readStream(streamId, snapshot ? { fromRevision: snapshot.revision + 1 } : undefined);
    const loaded = fold(decider, snapshot ?? { state: decider.initialState(), revision: -1 }, recorded);
    this.snapshots.remember(streamId, decider, loaded.state, loaded.revision);
    const pending = batch?.pendingFor(streamId) ?? [];
    if (pending.length === 0) return loaded;
    return { state: pending.reduce((state, event) => decider.evolve(state, event as Event), loaded.state), revision: loaded.revision + pending.length };
  }

  /**
   * Writes a batch's commands all or nothing (EventStore.appendAll), then waits for the read
   * model as every write does. A failure anywhere, a commandId recorded meanwhile included,
   * writes none of them.
   */
  async commit(batch: WriteBatch): Promise<AppendResult[]> {
    if (batch.entries.length === 0) return [];
    const results = await this.store.appendAll(batch.entries);
    await this.projector.waitForOwn(results.flatMap((result) => result.events));
    return results;
  }

  async execute<State, Command extends DomainCommand, Event extends DomainEvent>(
    streamId: string,
    decider: Decider<State, Command, Event>,
    buildCommand: (now: Date) => Command,
    options: CommandOptions,
  ): Promise<Executed> {
    const fingerprint = commandFingerprint(buildCommand(this.clock.now()).type, streamId, options.input);
    if (options.commandId) {
      const earlier = await this.store.findCommand(options.commandId);
      if (earlier) return this.replayed(streamId, fingerprint, earlier, options.commandId);
    }
    if (options.batch) return this.decideInto(options.batch, streamId, decider, buildCommand, options, fingerprint);
    const deadline = performance.now() + this.retry.deadlineMs;
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(streamId, decider);
      assertExpectedVersion(options.expectedVersion, revision);
      const now = options.recordedAt ?? this.clock.now();
      const events = decider.decide(buildCommand(now), state);
      if (events.length === 0) return { events: [], duplicate: false };
      try {
        const result = await this.store.append(streamId, events.map(toNewEvent), appendOptionsFor(options, revision, fingerprint, now));
        if (result.duplicate) return this.replayed(streamId, fingerprint, result.events, options.commandId!);
        this.snapshots.remember(streamId, decider, fold(decider, { state, revision }, result.events).state, result.nextExpectedRevision);
        // Stored is done: a read model that lags past its wait answers from these events instead.
        await this.projector.waitForOwn(result.events);
        return { events: result.events, duplicate: false };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (options.expectedVersion == null) {
          // Full jitter: racers that collided once must not wake up together and collide again.
          const backoff = Math.random() * Math.min(this.retry.maxBackoffMs, this.retry.firstBackoffMs * 2 ** (attempt - 1));
          if (performance.now() + backoff >= deadline) throw new RecordBusyError();
          await sleep(backoff);
          continue;
        }
        throw new ConflictError(
          `This record was changed by someone else while you were saving (now at version ${versionOf(error.actual)}); reload it and try again`,
          'expectedVersion',
        );
      }
    }
  }

  /** Decides against the stream as the batch will leave it and adds the events to the batch; writes nothing. */
  private async decideInto<State, Command extends DomainCommand, Event extends DomainEvent>(
    batch: WriteBatch,
    streamId: string,
    decider: Decider<State, Command, Event>,
    buildCommand: (now: Date) => Command,
    options: CommandOptions,
    fingerprint: string,
  ): Promise<Executed> {
    if (options.commandId && batch.holdsCommand(options.commandId)) {
      throw new ConflictError(`commandId ${options.commandId} was used twice in one change`, 'commandId');
    }
    const { state, revision } = await this.load(streamId, decider, batch);
    assertExpectedVersion(options.expectedVersion, revision);
    const now = options.recordedAt ?? this.clock.now();
    const events = decider.decide(buildCommand(now), state).map(toNewEvent);
    if (events.length === 0) return { events: [], duplicate: false };
    const appendOptions = appendOptionsFor(options, revision, fingerprint, now);
    batch.add({ streamId, events, options: appendOptions });
    const metadata = {
      eventId: '',
      actor: appendOptions.actor ?? null,
      actorName: appendOptions.actorName ?? null,
      correlationId: appendOptions.correlationId ?? appendOptions.commandId ?? '',
      causationId: fingerprint,
      commandId: appendOptions.commandId ?? null,
      recordedAt: now.toISOString(),
    };
    const pending = events.map((event, index) => ({ position: 0, streamId, revision: revision + 1 + index, type: event.type, data: event.data, metadata: { ...metadata, schemaVersion: event.schemaVersion } }));
    return { events: pending, duplicate: false };
  }

  /**
   * The first answer again, only for the very command that recorded it: same stream, and (for
   * events recorded since commands were fingerprinted) same type and input. Anything else under
   * the id is refused, so an id never hands one caller the record another caller created.
   */
  private async replayed(streamId: string, fingerprint: string, events: RecordedEvent[], commandId: string): Promise<Executed> {
    if (!recordedFor(events, streamId, fingerprint)) {
      throw new ConflictError(`commandId ${commandId} was already used for a different change`, 'commandId');
    }
    await this.projector.waitForOwn(events);
    return { events, duplicate: true };
  }
}

function fold<State, Event extends DomainEvent>(
  decider: Decider<State, any, Event>,
  from: Loaded<State>,
  recorded: RecordedEvent[],
): Loaded<State> {
  let state = from.state;
  for (const event of recorded) state = decider.evolve(state, { type: event.type, data: event.data } as Event);
  return { state, revision: recorded.length ? recorded[recorded.length - 1].revision : from.revision };
}

function toNewEvent(event: DomainEvent): { type: string; data: unknown; schemaVersion: number } {
  return { type: event.type, data: event.data, schemaVersion: schemaVersionOf(event.type) };
}

/** The store's options for a command's append onto a stream loaded at `revision`. */
function appendOptionsFor(options: CommandOptions, revision: number, fingerprint: string, now: Date): AppendOptions {
  return {
    expectedRevision: revision === -1 ? 'no_stream' : revision,
    commandId: options.commandId ?? null,
    actor: options.actor,
    actorName: options.actorName ?? null,
    correlationId: options.correlationId ?? null,
    causationId: fingerprint,
    recordedAt: now,
  };
}

function assertExpectedVersion(expectedVersion: number | null | undefined, revision: number): void {
  if (expectedVersion == null) return;
  const current = revision + 1;
  if (expectedVersion !== current) {
    throw new ConflictError(
      `expectedVersion ${expectedVersion} is stale: the record is at version ${current}; reload it and try again`,
      'expectedVersion',
    );
  }
}

function versionOf(revision: number | 'no_stream'): number {
  return revision === 'no_stream' ? 0 : revision + 1;
}

function schemaVersionOf(type: string): number {
  return isSaferPlanEventType(type) ? EVENT_SCHEMA_VERSIONS[type] : 1;
}
