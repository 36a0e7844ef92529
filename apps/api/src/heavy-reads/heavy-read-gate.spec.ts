import { HeavyReadGate } from './heavy-read-gate';
import { HeavyReadsBusyError } from './heavy-reads-busy.error';

/** Whether a promise has settled yet, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('HeavyReadGate', () => {
  it('runs up to the per-user limit at once; the same user\'s next requests wait their turn, other users do not', async () => {
    const gate = new HeavyReadGate({ perUser: 2, queue: 10 });
    const first = await gate.admit('user:a', 0);
    await gate.admit('user:a', 0);
    const third = gate.admit('user:a', 0);
    expect(await settled(third)).toBe(false);
    await expect(gate.admit('user:b', 0)).resolves.toBeInstanceOf(Function);
    first();
    first(); // releasing twice frees one place only
    expect(await settled(third)).toBe(true);
    const fourth = gate.admit('user:a', 0);
    expect(await settled(fourth)).toBe(false);
  });

  it('refuses at once, in words, past the places and the few that may wait for them', async () => {
    const gate = new HeavyReadGate({ perUser: 1, queue: 10 });
    await gate.admit('user:a', 0);
    const waiting = [gate.admit('user:a', 0), gate.admit('user:a', 0)];
    await expect(gate.admit('user:a', 0)).rejects.toThrow('You already have 1 heavy reads running and 2 waiting');
    expect(await settled(Promise.race(waiting))).toBe(false);
  });

  it('refuses everyone while the queue is full, with words', async () => {
    const gate = new HeavyReadGate({ perUser: 2, queue: 3 });
    await expect(gate.admit('user:a', 3)).rejects.toThrow(
      'The server is busy with other heavy reads (past views and audit verification); try again in a moment',
    );
    await expect(gate.admit('user:a', 2)).resolves.toBeInstanceOf(Function);
  });

  it("lets every field of one request share the place the request's first heavy read took", async () => {
    const gate = new HeavyReadGate({ perUser: 1, queue: 10 });
    const request = {};
    const fields = await Promise.all([1, 2, 3, 4, 5].map(() => gate.admit('user:a', 0, request)));
    const next = gate.admit('user:a', 0, {});
    fields.slice(0, 4).forEach((release) => release());
    expect(await settled(next)).toBe(false); // one field of the request still runs
    fields[4]();
    expect(await settled(next)).toBe(true);
  });

  it('refuses with the typed error', async () => {
    const gate = new HeavyReadGate({ perUser: 1, queue: 0 });
    await expect(gate.admit('user:a', 0)).rejects.toBeInstanceOf(HeavyReadsBusyError);
  });
});
