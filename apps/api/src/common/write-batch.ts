import type { DomainEvent } from '@saferplan/domain';
import type { StreamAppend } from '@saferplan/event-store/event-store.port';

/**
 * Commands decided together and written all or nothing (EventStore.appendAll), such as an
 * import's plan, priorities, actions, milestones and allocations. Each command is decided
 * against its stream as stored plus what the batch already holds for that stream, so a later
 * command sees the earlier ones (an action sees the priority added before it) although nothing
 * is written until AggregateRepository.commit.
 */
export class WriteBatch {
  private readonly appends: StreamAppend[] = [];

  get entries(): readonly StreamAppend[] {
    return this.appends;
  }

  add(append: StreamAppend): void {
    this.appends.push(append);
  }

  /** The events the batch holds for a stream, in order, as the decider folds them. */
  pendingFor(streamId: string): DomainEvent[] {
    return this.appends
      .filter((append) => append.streamId === streamId)
      .flatMap((append) => append.events.map(({ type, data }) => ({ type, data }) as DomainEvent));
  }

  holdsCommand(commandId: string): boolean {
    return this.appends.some((append) => append.options.commandId === commandId);
  }
}
