import type { Decider, DomainCommand, DomainEvent } from '../shared/event';

/**
 * Given / when / then for deciders, after Emmett's DeciderSpecification:
 *
 *   const given = DeciderSpecification.for(actionDecider);
 *   given([actionCreated]).when(recordUpdate).then([updateRecorded]);
 *
 * Besides comparing results it checks purity cheaply: the given events and every state handed to
 * decide/evolve are deep-frozen (a decider that mutates its input throws), decide runs twice and
 * must answer the same both times, and the new events must evolve without error.
 * Uses jest's global `expect`, so import it from specs only.
 */
type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

// Commands and events are plain data plus Dates. Copied by hand rather than with structuredClone,
// which under jest returns objects of the outer realm (a Date that fails `instanceof Date`).
function copy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)])) as T;
  }
  return value;
}

// Copy before freezing so a spec can reuse the same event objects in later cases.
const frozenCopy = <T>(value: T): T => deepFreeze(copy(value));

export interface DeciderThen<Event extends DomainEvent> {
  /** decide must return exactly these events, in this order. */
  then(expected: Event[]): void;
  /** decide must return no events: the command is accepted but there is nothing new to record. */
  thenNothing(): void;
  /** decide must throw an instance of `errorClass`; `check` may look closer. Returns the error. */
  thenThrows<E extends Error>(errorClass: ErrorClass<E>, check?: (error: E) => boolean): E;
}

export const DeciderSpecification = {
  for<State, Command extends DomainCommand, Event extends DomainEvent>(decider: Decider<State, Command, Event>) {
    const fold = (events: Event[]): State =>
      events.reduce(
        (state, event) => deepFreeze(decider.evolve(state, frozenCopy(event))),
        deepFreeze(decider.initialState()),
      );

    return (givenEvents: Event[] = []) => ({
      when(command: Command): DeciderThen<Event> {
        const decide = (): Event[] => decider.decide(frozenCopy(command), fold(givenEvents));

        const then = (expected: Event[]): void => {
          const first = decide();
          expect(first).toEqual(expected);
          expect(decide()).toEqual(first);
          fold([...givenEvents, ...first]);
        };

        return {
          then,
          thenNothing: () => then([]),
          thenThrows<E extends Error>(errorClass: ErrorClass<E>, check?: (error: E) => boolean): E {
            let thrown: unknown;
            try {
              decide();
            } catch (error) {
              thrown = error;
            }
            if (thrown === undefined) {
              throw new Error(`expected ${errorClass.name} but decide returned events`);
            }
            if (!(thrown instanceof errorClass)) {
              throw new Error(`expected ${errorClass.name} but got ${String(thrown)}`);
            }
            if (check && !check(thrown)) {
              const { name, message, ...fields } = thrown as E & Record<string, unknown>;
              throw new Error(`${errorClass.name} did not pass the check: ${JSON.stringify({ message, ...fields })}`);
            }
            return thrown;
          },
        };
      },
    });
  },
};
