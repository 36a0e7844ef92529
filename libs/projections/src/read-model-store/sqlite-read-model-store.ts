import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { ReadModelDocument } from '../plan-read-model/read-model-documents';
import { UnreadableDocumentError, decodeDocument, encodeDocument } from '../plan-read-model/read-model-documents-format';
import { CheckpointConflictError, PLAN_READ_MODEL_PROJECTION, type ReadModelStore, type SaveOptions, type StoredReadModel } from './read-model-store';

interface DocumentRow {
  kind: string;
  id: string;
  doc: string;
}

/**
 * The embedded read-model store: `${dataDir}/read-model.sqlite`, beside the embedded event store
 * but in its own file, so deleting it only costs a rebuild. Each API instance keeps its own copy
 * (it is a cache of the log), which is why it stays embedded even when the event store is shared.
 */
export class SqliteReadModelStore implements ReadModelStore {
  readonly file: string;
  private readonly db: Database.Database;
  private closed = false;
  private readonly statements;
  private readonly saveTransaction;
  private readonly clearTransaction;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'read-model.sqlite');
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL, not FULL: in WAL mode a transaction is still atomic, so documents and checkpoint
    // always agree; a power cut can only lose the last few saves, and the projector then replays
    // those events from the log, which stays FULL. This halves the fsyncs on every command.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (
        kind TEXT NOT NULL,
        id   TEXT NOT NULL,
        doc  TEXT NOT NULL CHECK (json_valid(doc)),
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS checkpoints (
        projection TEXT PRIMARY KEY,
        position   INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
    this.statements = {
      checkpoint: this.db.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE projection = ?'),
      documents: this.db.prepare<[], DocumentRow>('SELECT kind, id, doc FROM documents'),
      upsertDocument: this.db.prepare<[string, string, string]>(
        'INSERT INTO documents (kind, id, doc) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc',
      ),
      upsertCheckpoint: this.db.prepare<[string, number]>(
        'INSERT INTO checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
      ),
      deleteDocuments: this.db.prepare('DELETE FROM documents'),
      deleteDocument: this.db.prepare<[string, string]>('DELETE FROM documents WHERE kind = ? AND id = ?'),
      deleteCheckpoints: this.db.prepare('DELETE FROM checkpoints'),
    };
    this.saveTransaction = this.db.transaction((documents: ReadModelDocument[], checkpoint: number, options: SaveOptions) => {
      if (options.expectedCheckpoint !== undefined) {
        const stored = this.statements.checkpoint.get(PLAN_READ_MODEL_PROJECTION)?.position ?? 0;
        if (stored !== options.expectedCheckpoint) throw new CheckpointConflictError(options.expectedCheckpoint, stored);
      }
      if (options.replaceAll) this.statements.deleteDocuments.run();
      for (const key of options.remove ?? []) this.statements.deleteDocument.run(key.kind, key.id);
      for (const document of documents) {
        this.statements.upsertDocument.run(document.kind, document.id, encodeDocument(document));
      }
      this.statements.upsertCheckpoint.run(PLAN_READ_MODEL_PROJECTION, checkpoint);
    });
    this.clearTransaction = this.db.transaction(() => {
      this.statements.deleteDocuments.run();
      this.statements.deleteCheckpoints.run();
    });
  }

  async load(): Promise<StoredReadModel> {
    this.assertOpen();
    const stored = this.statements.checkpoint.get(PLAN_READ_MODEL_PROJECTION);
    if (!stored) {
      // Documents without our checkpoint were written by another document version: refold.
      this.clearTransaction();
      return { checkpoint: 0, model: new PlanReadModel() };
    }
    try {
      // Row by row: each row's JSON text is garbage as soon as it is parsed, so a national model
      // never holds its stored text and its objects at once.
      return { checkpoint: stored.position, model: PlanReadModel.fromDocuments(documentsOf(this.statements.documents.iterate())) };
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      // A document this release cannot read: forget them all and refold, as for another version.
      this.clearTransaction();
      return { checkpoint: 0, model: new PlanReadModel() };
    }
  }

  async save(documents: ReadModelDocument[], checkpoint: number, options: SaveOptions = {}): Promise<void> {
    this.assertOpen();
    if (!Number.isSafeInteger(checkpoint) || checkpoint < 0) throw new Error(`read model checkpoint must be a position >= 0, got ${checkpoint}`);
    this.saveTransaction(documents, checkpoint, options);
  }

  async clear(): Promise<void> {
    this.assertOpen();
    this.clearTransaction();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`read model store ${this.file} is closed`);
  }
}

function* documentsOf(rows: IterableIterator<DocumentRow>): Generator<ReadModelDocument> {
  for (const row of rows) yield decodeDocument(row.kind, row.id, row.doc);
}
