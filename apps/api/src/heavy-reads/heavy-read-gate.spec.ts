import { HeavyReadGate } from './heavy-read-gate';
import { HeavyReadsBusyError } from './heavy-reads-busy.error';

describe('HeavyReadGate', () => {
  it('admits up to the per-user limit for each user, and again once one is released', () => {
    const gate = new HeavyReadGate({ perUser: 2, queue: 10 });
    const first = gate.admit('user:a', 0);
    gate.admit('user:a', 0);
    expect(() => gate.admit('user:a', 0)).toThrow(HeavyReadsBusyError);
    expect(() => gate.admit('user:b', 0)).not.toThrow();
    first();
    first(); // releasing twice frees one place only
    expect(() => gate.admit('user:a', 0)).not.toThrow();
    expect(() => gate.admit('user:a', 0)).toThrow('You already have 2 heavy reads running');
  });

  it('refuses everyone while the queue is full, with words', () => {
    const gate = new HeavyReadGate({ perUser: 2, queue: 3 });
    expect(() => gate.admit('user:a', 3)).toThrow(
      'The server is busy with other heavy reads (past views and audit verification); try again in a moment',
    );
    expect(() => gate.admit('user:a', 2)).not.toThrow();
  });

  it("lets every field of one request share the place the request's first heavy read took", () => {
    const gate = new HeavyReadGate({ perUser: 2, queue: 10 });
    const request = {};
    const fields = [1, 2, 3, 4, 5].map(() => gate.admit('user:a', 0, request));
    gate.admit('user:a', 0, {});
    expect(() => gate.admit('user:a', 0, {})).toThrow(HeavyReadsBusyError);
    fields.slice(0, 4).forEach((release) => release());
    expect(() => gate.admit('user:a', 0, {})).toThrow(HeavyReadsBusyError); // one field of the request still runs
    fields[4]();
    expect(() => gate.admit('user:a', 0, {})).not.toThrow();
  });
});
