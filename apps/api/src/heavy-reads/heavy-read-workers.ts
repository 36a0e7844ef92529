import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HeavyRead, HeavyReadAnswer, HeavyReadStore } from './heavy-read-jobs';
import type { HeavyReadReply, HeavyReadRequest } from './heavy-read.worker';

interface Caller {
  resolve: (answer: HeavyReadAnswer) => void;
  reject: (error: Error) => void;
}

/** One read to run, and everyone waiting for its answer (identical reads asked while it was queued). */
interface Job {
  read: HeavyRead;
  key: string;
  callers: Caller[];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: (Job & { id: number }) | null;
}

/**
 * Where the worker's code is: beside this file as .js in the built dist; under ts (jest, run-ts)
 * the .ts source, loaded through tools/run-ts.js, the repository's one way to run TypeScript
 * in a fresh Node context with the @saferplan/* names and the compiler settings jest uses.
 */
function workerEntry(): { file: string; argv: string[] } {
  const compiled = join(__dirname, 'heavy-read.worker.js');
  if (__filename.endsWith('.js') && existsSync(compiled)) return { file: compiled, argv: [] };
  return {
    file: join(__dirname, '..', '..', '..', '..', 'tools', 'run-ts.js'),
    argv: [join(__dirname, 'heavy-read.worker.ts')],
  };
}

/**
 * A fixed pool of worker threads, each with its own store connection, and the queue of reads
 * waiting for one. Threads start on the first read (most servers never replay); a thread that
 * dies fails only the read it held and is replaced, one that cannot start fails those waiting.
 */
export class HeavyReadWorkers {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly store: HeavyReadStore,
    private readonly size: number,
  ) {}

  /** Reads waiting for a free thread (not those running); identical reads joined into one count once. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `read` on the next free thread. A read identical to one still waiting joins it and gets
   * the same answer (a board's members opening the same past quarter replay it once). Only a
   * waiting one: it starts after both were asked, so it sees every write acknowledged before
   * either, where joining one already running could miss a write acknowledged in between.
   */
  run(read: HeavyRead): Promise<HeavyReadAnswer> {
    if (this.closing) return Promise.reject(new Error('The heavy-read workers are stopping'));
    return new Promise<HeavyReadAnswer>((resolve, reject) => {
      const key = JSON.stringify(read);
      const same = this.waiting.find((job) => job.key === key);
      if (same) same.callers.push({ resolve, reject });
      else this.waiting.push({ read, key, callers: [{ resolve, reject }] });
      while (this.slots.length < this.size) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.waiting.splice(0)) reject(job, new Error('The heavy-read workers are stopping'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const { file, argv } = workerEntry();
    const worker = new Worker(file, { argv, workerData: { store: this.store } });
    worker.unref(); // a forgotten close never keeps the process alive
    const slot: Slot = { worker, ready: false, job: null };
    worker.on('message', (message: HeavyReadReply | 'ready') => {
      if (message === 'ready') slot.ready = true;
      else this.settle(slot, message);
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      if (slot.job) reject(slot.job, error);
      slot.job = null;
      // A thread that could not even start (its store unreachable) would fail the same way
      // again: the waiting reads fail now, and the next read tries a fresh thread.
      if (!slot.ready) for (const job of this.waiting.splice(0)) reject(job, error);
      else if (!this.closing && this.waiting.length > 0) this.slots.push(this.spawn());
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`A heavy-read worker stopped (exit code ${code})`)));
    return slot;
  }

  private settle(slot: Slot, reply: HeavyReadReply): void {
    const job = slot.job;
    slot.job = null;
    if (!job || job.id !== reply.id) return;
    if ('error' in reply) reject(job, new Error(reply.error));
    else for (const caller of job.callers) caller.resolve(reply.answer);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.waiting.length === 0) continue;
      const job = { ...this.waiting.shift()!, id: this.nextId++ };
      slot.job = job;
      slot.worker.postMessage({ id: job.id, read: job.read } satisfies HeavyReadRequest);
    }
  }
}

function reject(job: Job, error: Error): void {
  for (const caller of job.callers) caller.reject(error);
}
