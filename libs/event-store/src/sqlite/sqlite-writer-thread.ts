import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppendOptions, AppendResult, NewEvent, StreamAppend } from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';
import type { SqliteWriter } from './sqlite-appender';
import { type WriterReply, type WriterRequest, fromWireError, toWireAppend } from './sqlite-writer-protocol';
import type { WriterSettings } from './sqlite-writer.worker';

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

/**
 * Where the writer's code is: beside this file as .js in the built dist; under ts (jest, run-ts)
 * the .ts source through tools/run-ts.js, as the heavy-read workers do (docs/adr/0009).
 */
function workerEntry(): { file: string; argv: string[] } {
  const compiled = join(__dirname, 'sqlite-writer.worker.js');
  if (__filename.endsWith('.js') && existsSync(compiled)) return { file: compiled, argv: [] };
  return { file: join(__dirname, '..', '..', '..', '..', 'tools', 'run-ts.js'), argv: [join(__dirname, 'sqlite-writer.worker.ts')] };
}

/** Said to every append the thread took but never answered: it may or may not be in the file. */
function stoppedError(cause: string): Error {
  return new Error(
    `The SQLite writer thread stopped (${cause}) before confirming this append; it may or may not have been recorded. Retry with the same commandId.`,
  );
}

/**
 * The request thread's side of the writer thread (sqlite-writer.worker.ts): posts appends in call
 * order, answers each caller when the thread says its COMMIT returned, and rebuilds typed errors.
 * If the thread dies, every append it held fails (never a success for an unconfirmed write) and
 * the next append starts a fresh thread, which re-opens the file (a COMMIT is all or nothing).
 */
export class SqliteWriterThread implements SqliteWriter {
  private worker: Worker | null = null;
  private starting: Promise<Worker> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closing = false;
  /** The write connection's PRAGMA synchronous, as the thread reported it (2: FULL). */
  synchronous: number | null = null;

  private constructor(private readonly settings: WriterSettings) {}

  /**
   * Starts the thread; appends wait until it has opened (and migrated) the file. A thread that
   * cannot start fails the appends waiting for it, and the next append tries a fresh one.
   */
  static start(file: string, busyTimeoutMs: number, signer: EventSigner | null): SqliteWriterThread {
    const thread = new SqliteWriterThread({ file, busyTimeoutMs, signingKey: signer?.privateKey ?? null });
    thread.started().catch(() => undefined); // reported to the appends that wait for it, or by ready()
    return thread;
  }

  /** Up, and every append it was sent answered: it holds no transaction open. */
  get idle(): boolean {
    return this.worker !== null && this.pending.size === 0 && !this.closing;
  }

  /** Resolves once the thread has migrated the file and can write; rejects with why it could not start. */
  async ready(): Promise<void> {
    await this.started();
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.request((id) => ({ id, kind: 'append', append: toWireAppend(streamId, events, options) }));
  }

  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.request((id) => ({ id, kind: 'appendAll', appends: appends.map((a) => toWireAppend(a.streamId, a.events, a.options)) }));
  }

  /** The thread commits everything it was sent and answers it, then ends; resolves once it has. */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker ?? (await this.starting?.catch(() => null)) ?? null;
    if (!worker) return;
    worker.ref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ kind: 'close' } satisfies WriterRequest);
    await exited;
  }

  private request<T>(message: (id: number) => WriterRequest): Promise<T> {
    if (this.closing) return Promise.reject(new Error('The SQLite writer is closed'));
    const id = this.nextId++;
    const request = message(id);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: never) => void, reject });
      if (this.pending.size === 1) this.worker?.ref(); // an append in flight keeps the process alive
      // Posted now, in call order, when the thread is up (an append made just before close() is
      // then already queued ahead of 'close'); after a crash, once the fresh thread is.
      if (this.worker) this.worker.postMessage(request);
      else
        this.started().then(
          (worker) => worker.postMessage(request),
          (error: Error) => this.settle(id, (p) => p.reject(error)),
        );
    });
  }

  private started(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      const { file, argv } = workerEntry();
      const worker = new Worker(file, { argv, workerData: this.settings });
      let ready = false;
      worker.on('message', (reply: WriterReply) => {
        if (reply.kind === 'ready') {
          ready = true;
          this.synchronous = reply.synchronous;
          this.worker = worker;
          this.starting = null;
          if (this.pending.size === 0) worker.unref(); // an idle writer never keeps the process alive
          resolve(worker);
        } else if (reply.kind === 'done') this.settle(reply.id, (p) => p.resolve(reply.result as never));
        else this.settle(reply.id, (p) => p.reject(fromWireError(reply.error)));
      });
      const stopped = (error: Error) => {
        if (this.worker === worker) this.worker = null;
        if (!ready) {
          this.starting = null;
          reject(error);
        }
        for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(stoppedError(error.message)));
      };
      let failure: Error | null = null;
      worker.on('error', (error) => (failure = error));
      worker.on('exit', (code) => {
        if (this.closing && failure === null && code === 0 && this.pending.size === 0) return;
        stopped(failure ?? new Error(`exit code ${code}`));
      });
    });
    return this.starting;
  }

  private settle(id: number, answer: (pending: Pending) => void): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    answer(pending);
  }
}
