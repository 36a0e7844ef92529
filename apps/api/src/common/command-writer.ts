import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainCommand, DomainEvent } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector, type PlanQueries } from '@saferplan/projections';
import { AggregateRepository, type Executed, type Loaded } from './aggregate-repository';
import type { CommandOptions } from './command-options';
import type { WriteBatch } from './write-batch';
import { EVENT_STORE } from '@saferplan/config/tokens';

/**
 * The one bus command: a domain command for one stream, with the decider that owns the stream.
 * Every use case sends this one, so there is a single handler instead of one pass-through per
 * mutation, and the bus stays the one door to the write side.
 */
export class ExecuteDomainCommand<State, C extends DomainCommand, E extends DomainEvent> extends Command<Executed> {
  constructor(
    readonly streamId: string,
    readonly decider: Decider<State, C, E>,
    readonly buildCommand: (now: Date) => C,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand<unknown, DomainCommand, DomainEvent>> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ streamId, decider, buildCommand, options }: ExecuteDomainCommand<unknown, DomainCommand, DomainEvent>): Promise<Executed> {
    return this.aggregates.execute(streamId, decider, buildCommand, options);
  }
}

/**
 * What a use case's glue needs of the write side: facts read from other aggregates (a plan's
 * year, a partnership's kind), the live read model where a record sits inside another aggregate
 * (which plan holds a priority), the log itself (a seal is taken over it), and the bus to send
 * its domain command on. The resolver, the plan
 * importer and the demo loader all hand the same writer to the same glue.
 */
@Injectable()
export class CommandWriter {
  constructor(
    protected readonly commandBus: CommandBus,
    protected readonly aggregates: AggregateRepository,
    protected readonly projector: PlanProjector,
    @Inject(EVENT_STORE) readonly store: EventStore,
  ) {}

  /**
   * A writer whose commands join `batch` instead of being written at once, and whose loads see
   * what the batch holds: the same glue decides them, AggregateRepository.commit writes them
   * all or nothing.
   */
  inBatch(batch: WriteBatch): CommandWriter {
    return new BatchedCommandWriter(this.commandBus, this.aggregates, this.projector, this.store, batch);
  }

  live(): PlanQueries {
    return this.projector.queries;
  }

  load<State, E extends DomainEvent>(streamId: string, decider: Decider<State, any, E>): Promise<Loaded<State>> {
    return this.aggregates.load(streamId, decider);
  }

  execute<State, C extends DomainCommand, E extends DomainEvent>(
    streamId: string,
    decider: Decider<State, C, E>,
    buildCommand: (now: Date) => C,
    options: CommandOptions,
  ): Promise<Executed> {
    return this.commandBus.execute(new ExecuteDomainCommand(streamId, decider, buildCommand, options));
  }
}

class BatchedCommandWriter extends CommandWriter {
  constructor(commandBus: CommandBus, aggregates: AggregateRepository, projector: PlanProjector, store: EventStore, private readonly batch: WriteBatch) {
    super(commandBus, aggregates, projector, store);
  }

  override load<State, E extends DomainEvent>(streamId: string, decider: Decider<State, any, E>): Promise<Loaded<State>> {
    return this.aggregates.load(streamId, decider, this.batch);
  }

  override execute<State, C extends DomainCommand, E extends DomainEvent>(
    streamId: string,
    decider: Decider<State, C, E>,
    buildCommand: (now: Date) => C,
    options: CommandOptions,
  ): Promise<Executed> {
    return super.execute(streamId, decider, buildCommand, { ...options, batch: this.batch });
  }
}
