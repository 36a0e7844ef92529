/**
 * The entry of the SQLite writer thread: owns the one write connection of a store and runs every
 * append posted to it through SqliteAppender, so the fsynced COMMIT blocks this thread, not the
 * request thread. Whatever arrives while a COMMIT runs waits in the port and joins the next
 * transaction. A result is posted only after its COMMIT returned. Loaded by SqliteWriterThread
 * from the built dist (.js) or, under ts (jest, tools/run-ts.js), through tools/run-ts.js.
 */
import type { KeyObject } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { EventSigner } from '../audit/event-witness';
import type { AppendResult } from '../event-store.port';
import { SqliteAppender } from './sqlite-appender';
import { openSqliteFile } from './sqlite-file';
import { migrateSqlite } from './sqlite-migrations';
import { type WriterReply, type WriterRequest, fromWireAppend, toWireError } from './sqlite-writer-protocol';

export interface WriterSettings {
  file: string;
  busyTimeoutMs: number;
  /** The signer's private key (a KeyObject crosses threads by structured clone), or null. */
  signingKey: KeyObject | null;
}

function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('sqlite-writer.worker must run in a worker thread');
  const settings = workerData as WriterSettings;
  const db = openSqliteFile(settings.file, { busyTimeoutMs: settings.busyTimeoutMs });
  migrateSqlite(db);
  const appender = new SqliteAppender(db, settings.signingKey ? new EventSigner(settings.signingKey) : null);
  const answer = (id: number, work: Promise<AppendResult | AppendResult[]>) =>
    work.then(
      (result) => port.postMessage({ kind: 'done', id, result } satisfies WriterReply),
      (error: unknown) => port.postMessage({ kind: 'failed', id, error: toWireError(error) } satisfies WriterReply),
    );
  port.on('message', (request: WriterRequest) => {
    switch (request.kind) {
      case 'append': {
        const { streamId, events, options } = fromWireAppend(request.append);
        answer(request.id, appender.append(streamId, events, options));
        return;
      }
      case 'appendAll':
        answer(request.id, appender.appendAll(request.appends.map(fromWireAppend)));
        return;
      case 'close':
        // Everything posted before 'close' has arrived: commit it, let its answers go out (they
        // are posted from promise callbacks, which run before setImmediate), then end.
        void appender.close();
        setImmediate(() => {
          db.close();
          port.close();
        });
    }
  });
  port.postMessage({ kind: 'ready', synchronous: db.pragma('synchronous', { simple: true }) as number } satisfies WriterReply);
}

serve();
