import type Database from 'better-sqlite3';
import {
  type AppendOptions,
  type AppendResult,
  CommandAlreadyRecordedError,
  CommandIdReusedError,
  type NewEvent,
  type StreamAppend,
} from '../event-store.port';
import type { EventSigner } from '../audit/event-witness';
import { buildMetadata } from '../shared/event-metadata';
import { assertExpectedRevision } from '../shared/expected-revision';
import { chainMetadata } from '../shared/hash-chain';
import { SqliteGroupCommit } from './sqlite-group-commit';
import { duplicateResult, type EventRow, COLUMNS, recordedEvent, toRecorded } from './sqlite-rows';

/** What writes the events file: the writer thread (SqliteWriterThread) or, inline, SqliteAppender itself. */
export interface SqliteWriter {
  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** Commits whatever was accepted, then stops writing. */
  close(): Promise<void>;
}

/**
 * The one write path of the embedded store, on whichever thread owns the write connection. Every
 * append runs in a BEGIN IMMEDIATE transaction (shared by the appends that arrive together: see
 * SqliteGroupCommit), which takes the write lock before reading, so the expected-revision and
 * commandId checks cannot race another connection or process; the UNIQUE constraints stay as the
 * last line of defence. The hash chain and the server's signature are computed here, inside the
 * transaction that writes them.
 */
export class SqliteAppender implements SqliteWriter {
  private readonly appendTransaction;
  private readonly appendAllTransaction;
  private readonly groupCommit: SqliteGroupCommit;

  constructor(db: Database.Database, signer: EventSigner | null) {
    const statements = {
      streamRevision: db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      lastHash: db.prepare<[string, number], { hash: string | null }>(
        "SELECT json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? AND revision = ?",
      ),
      command: db.prepare<[string], { stream_id: string; first_position: number; last_position: number }>(
        'SELECT stream_id, first_position, last_position FROM commands WHERE command_id = ?',
      ),
      insertEvent: db.prepare(
        `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at)
         VALUES (@streamId, @revision, @eventId, @type, @data, @metadata, @recordedAt)`,
      ),
      insertCommand: db.prepare('INSERT INTO commands (command_id, stream_id, first_position, last_position) VALUES (?, ?, ?, ?)'),
      range: db.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position BETWEEN ? AND ? ORDER BY position`),
    };
    this.appendTransaction = db.transaction((streamId: string, events: NewEvent[], options: AppendOptions): AppendResult => {
      const commandId = options.commandId ?? null;
      if (commandId !== null) {
        const earlier = statements.command.get(commandId);
        if (earlier) {
          if (earlier.stream_id !== streamId) throw new CommandIdReusedError(commandId, earlier.stream_id);
          return duplicateResult(statements.range.all(earlier.first_position, earlier.last_position).map(toRecorded));
        }
      }
      const current = statements.streamRevision.get(streamId)?.revision ?? -1;
      assertExpectedRevision(streamId, options.expectedRevision, current);
      const previousHash = current < 0 ? null : (statements.lastHash.get(streamId, current)?.hash ?? null);
      const metadata = chainMetadata(streamId, current + 1, events, buildMetadata(events, options), previousHash, signer);
      const recorded = events.map((event, index) => {
        const revision = current + 1 + index;
        const info = statements.insertEvent.run({
          streamId,
          revision,
          eventId: metadata[index].eventId,
          type: event.type,
          data: JSON.stringify(event.data),
          metadata: JSON.stringify(metadata[index]),
          recordedAt: metadata[index].recordedAt,
        });
        // Read the data back through JSON so the caller sees exactly what a later read returns.
        return recordedEvent(Number(info.lastInsertRowid), streamId, revision, event.type, JSON.parse(JSON.stringify(event.data)), metadata[index]);
      });
      const last = recorded[recorded.length - 1];
      if (commandId !== null) statements.insertCommand.run(commandId, streamId, recorded[0].position, last.position);
      return { nextExpectedRevision: last.revision, position: last.position, events: recorded, duplicate: false };
    });
    // Nested inside the group commit's transaction: a SAVEPOINT around the whole batch, so any
    // append of it failing rolls back every one, and fails only this caller.
    this.appendAllTransaction = db.transaction((appends: readonly StreamAppend[]): AppendResult[] =>
      appends.map(({ streamId, events, options }) => {
        const result = this.appendTransaction(streamId, events, options);
        if (result.duplicate) throw new CommandAlreadyRecordedError(options.commandId!);
        return result;
      }),
    );
    this.groupCommit = new SqliteGroupCommit(db);
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.groupCommit.submit(() => this.appendTransaction(streamId, events, options));
  }

  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.groupCommit.submit(() => this.appendAllTransaction(appends));
  }

  /**
   * One append in a transaction of its own, committed before this returns (BEGIN IMMEDIATE):
   * for a caller that knows nothing else is waiting to join a group commit (SqliteAutoWriter).
   */
  appendNow(streamId: string, events: NewEvent[], options: AppendOptions): AppendResult {
    return this.appendTransaction.immediate(streamId, events, options);
  }

  /** Commits what was accepted and not yet flushed; the connection stays its owner's to close. */
  async close(): Promise<void> {
    this.groupCommit.flush();
  }
}
