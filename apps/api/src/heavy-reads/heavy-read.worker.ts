/**
 * The entry of a heavy-read worker thread: opens its own store connection (workerData) and
 * answers each posted HeavyRead in turn. Loaded by HeavyReadWorkers from the built dist (.js)
 * or, under ts (jest, tools/run-ts.js), through tools/run-ts.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerHeavyRead, type HeavyRead, type HeavyReadStore, openHeavyReadStore } from './heavy-read-jobs';
import { HEAVY_READ_NICE, lowerThisThreadsPriority } from './thread-priority';

export interface HeavyReadRequest {
  id: number;
  read: HeavyRead;
}

export type HeavyReadReply =
  { id: number; answer: import('./heavy-read-jobs').HeavyReadAnswer } | { id: number; error: string };

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('heavy-read.worker must run in a worker thread');
  lowerThisThreadsPriority(HEAVY_READ_NICE);
  const store = await openHeavyReadStore((workerData as { store: HeavyReadStore }).store);
  // One read at a time: the thread is the unit of parallelism, and a read holds its connection.
  let chain = Promise.resolve();
  port.on('message', (request: HeavyReadRequest | 'close') => {
    if (request === 'close') {
      chain = chain.then(() => store.close()).then(() => port.close());
      return;
    }
    chain = chain.then(async () => {
      try {
        port.postMessage({
          id: request.id,
          answer: await answerHeavyRead(store, request.read),
        } satisfies HeavyReadReply);
      } catch (error) {
        port.postMessage({
          id: request.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies HeavyReadReply);
      }
    });
  });
  port.postMessage('ready');
}

serve().catch((error: unknown) => {
  // The pool sees the thread end (an 'error' event) and fails what it had sent this worker.
  throw error;
});
