import { ConflictError, InvalidInputError } from '../shared/errors';
import type { Decider, DomainCommand, DomainEvent } from '../shared/event';
import { DeciderSpecification } from './decider-specification';

// A tally: the smallest decider that exercises every branch of the helper.
type Added = DomainEvent<'Added', { amount: number }>;
type Add = DomainCommand<'Add', { amount: number }>;
type Tally = { total: number; entries: number[] };

const tally: Decider<Tally, Add, Added> = {
  initialState: () => ({ total: 0, entries: [] }),
  decide(command, state) {
    if (command.data.amount <= 0) throw new InvalidInputError('amount', 'amount must be positive');
    if (state.total + command.data.amount > 10) throw new ConflictError('the tally is full', 'amount');
    if (command.data.amount === 5) return []; // five is accepted but not recorded
    return [{ type: 'Added', data: { amount: command.data.amount } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.amount, entries: [...state.entries, event.data.amount] }),
};

const metadata = { now: new Date('2018-04-01T09:00:00Z') };
const add = (amount: number): Add => ({ type: 'Add', data: { amount }, metadata });
const added = (amount: number): Added => ({ type: 'Added', data: { amount } });
const given = DeciderSpecification.for(tally);

describe('DeciderSpecification', () => {
  it('passes when decide returns exactly the expected events', () => {
    given([added(3)]).when(add(4)).then([added(4)]);
  });

  it('fails when the events differ', () => {
    expect(() => given([added(3)]).when(add(4)).then([added(5)])).toThrow();
  });

  it('thenNothing passes on no events and fails on some', () => {
    given([]).when(add(5)).thenNothing();
    expect(() => given([]).when(add(4)).thenNothing()).toThrow();
  });

  it('thenThrows passes on the right class and check, and returns the error', () => {
    const error = given([added(9)])
      .when(add(2))
      .thenThrows(ConflictError, (e) => e.field === 'amount');
    expect(error.message).toBe('the tally is full');
  });

  it('thenThrows fails on another class, a failed check, or no error at all', () => {
    expect(() => given([]).when(add(0)).thenThrows(ConflictError)).toThrow(
      'expected ConflictError but got InvalidInputError: amount must be positive',
    );
    expect(() => given([]).when(add(0)).thenThrows(InvalidInputError, (e) => e.field === 'total')).toThrow(
      'InvalidInputError did not pass the check: {"message":"amount must be positive","field":"amount","kind":"invalid","problems":[{"field":"amount","message":"amount must be positive"}]}',
    );
    expect(() => given([]).when(add(1)).thenThrows(InvalidInputError)).toThrow(
      'expected InvalidInputError but decide returned events',
    );
  });

  it('catches a decider that mutates its state', () => {
    const mutating: typeof tally = {
      ...tally,
      decide(command, state) {
        state.entries.push(command.data.amount);
        return [];
      },
    };
    expect(() => DeciderSpecification.for(mutating)([added(1)]).when(add(1)).thenNothing()).toThrow(TypeError);
  });

  it('catches a decider that answers differently the second time', () => {
    let calls = 0;
    const fickle: typeof tally = { ...tally, decide: () => [added(++calls)] };
    expect(() => DeciderSpecification.for(fickle)([]).when(add(1)).then([added(1)])).toThrow();
  });

  it('leaves the caller’s events and commands unfrozen for reuse', () => {
    const event = added(2);
    const command = add(3);
    given([event]).when(command).then([added(3)]);
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen(command)).toBe(false);
  });
});
