import { Later } from './later';
import { OneAtATime } from './one-at-a-time';
import { ReadModelLagError, Waiters } from './waiters';

describe('projector parts', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('Waiters releases those waiting up to the position reached, and times the rest out with where the model is', async () => {
    const waiters = new Waiters();
    let at = 3;
    const early = waiters.wait(4, 100, () => at);
    const late = waiters.wait(9, 100, () => at);
    at = 5;
    waiters.release(5);
    await expect(early).resolves.toBeUndefined();
    jest.advanceTimersByTime(100);
    const error = await late.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelLagError);
    expect(error).toMatchObject({ position: 9, checkpoint: 5, timeoutMs: 100 });
  });

  it('Waiters rejects everyone still waiting when the model stops', async () => {
    const waiters = new Waiters();
    const waiting = waiters.wait(7, 1000, () => 2);
    waiters.rejectAll(2);
    await expect(waiting).rejects.toThrow('read model stopped at position 2 before reaching 7');
  });

  it('Later keeps one pending job, and cancel drops it', () => {
    const later = new Later();
    const ran: string[] = [];
    later.schedule(50, () => ran.push('first'));
    later.schedule(10, () => ran.push('second')); // pending already: ignored
    jest.advanceTimersByTime(50);
    expect(ran).toEqual(['first']);
    later.schedule(10, () => ran.push('third'));
    expect(later.pending).toBe(true);
    later.cancel();
    jest.advanceTimersByTime(100);
    expect(ran).toEqual(['first']);
    expect(later.pending).toBe(false);
  });

  it('OneAtATime runs work in order, one piece after another, past a failure', async () => {
    jest.useRealTimers();
    const queue = new OneAtATime();
    const log: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('slow');
    });
    const failing = queue.run(async () => {
      log.push('failing');
      throw new Error('boom');
    });
    const last = queue.run(async () => {
      log.push('last');
      return 42;
    });
    await slow;
    await expect(failing).rejects.toThrow('boom');
    await expect(last).resolves.toBe(42);
    expect(log).toEqual(['slow', 'failing', 'last']);
  });
});
