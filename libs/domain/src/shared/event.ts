/**
 * Events and commands as plain discriminated unions. Stored event type names are these literal
 * strings, never class names, and are never renamed: add optional fields instead, and give a
 * breaking change an upcaster in the event-store library plus a new schema version here.
 */
export type DomainEvent<Type extends string = string, Data = Record<string, unknown>> = {
  readonly type: Type;
  readonly data: Data;
};

/**
 * Facts that `decide` needs but must not fetch itself: the clock and who is acting.
 * Passed in by the caller, so deciders stay pure and specs can pin time.
 */
export type CommandMetadata = { readonly now: Date; readonly actor?: string | null };

export type DomainCommand<Type extends string = string, Data = Record<string, unknown>> = {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
};

export interface Decider<State, Command extends DomainCommand, Event extends DomainEvent> {
  initialState(): State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}
