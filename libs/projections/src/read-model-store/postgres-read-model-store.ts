import { applyMigrations, isPlainSchemaName, type PostgresMigration } from '@saferplan/event-store/postgres/postgres-schema';
import { inTransaction, openPool } from '@saferplan/event-store/postgres/postgres-pool';
import type { Pool } from 'pg';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { ReadModelDocument } from '../plan-read-model/read-model-documents';
import { UnreadableDocumentError, decodeDocument, storedFormOf } from '../plan-read-model/read-model-documents-format';
import {
  CheckpointConflictError,
  PLAN_READ_MODEL_PROJECTION,
  type ReadModelStore,
  type SaveOptions,
  type StoredReadModel,
} from './read-model-store';

export interface PostgresReadModelStoreOptions {
  connectionString: string;
  /** Schema holding the tables, shared with the event store (default `saferplan`). */
  schema?: string;
  /** Connections in the pool (default 3: one save at a time, plus loads). */
  poolSize?: number;
}

interface Tables {
  schema: string;
  documents: string;
  checkpoints: string;
  migrations: string;
}

interface DocumentRow {
  kind: string;
  id: string;
  /** The stored text, decoded by the document format (`doc::text`: json keeps it as written). */
  doc: string;
}

/**
 * Append only: never edit a released migration, add the next one. Its own migrations table, so
 * the read side and the event store version their tables independently in one schema.
 *
 * Documents are keyed by projection (the versioned PLAN_READ_MODEL_PROJECTION): during a rolling
 * deployment an instance of the old release and one of the new each find their own documents.
 * `json`, not `jsonb`: documents come back exactly as written, and `\u0000` in a narrative is kept.
 */
function migrations(t: Tables): PostgresMigration[] {
  return [
    {
      version: 1,
      name: 'read model documents and checkpoints',
      sql: `
        CREATE TABLE ${t.documents} (
          projection text NOT NULL,
          kind       text NOT NULL,
          id         text NOT NULL,
          doc        json NOT NULL,
          PRIMARY KEY (projection, kind, id)
        );
        CREATE TABLE ${t.checkpoints} (
          projection text   PRIMARY KEY,
          position   bigint NOT NULL CHECK (position >= 0)
        );
      `,
    },
  ];
}

/**
 * The shared read-model store: several API instances read the persisted documents on start, and
 * the one holding the projector's writer lock saves. Every save is one transaction that checks the
 * stored checkpoint first (compare-and-set) when asked to, so a writer that lost its lock without
 * noticing cannot overwrite what its successor saved.
 */
export class PostgresReadModelStore implements ReadModelStore {
  private closed = false;

  static async connect(options: PostgresReadModelStoreOptions): Promise<PostgresReadModelStore> {
    const schema = options.schema ?? 'saferplan';
    if (!isPlainSchemaName(schema)) throw new Error(`Invalid PostgreSQL schema name for the read model: ${schema}`);
    const q = `"${schema}"`;
    const tables: Tables = {
      schema: q,
      documents: `${q}.read_model_documents`,
      checkpoints: `${q}.read_model_checkpoints`,
      migrations: `${q}.read_model_migrations`,
    };
    // The event store's migration lock and steps: both create the schema, and may start together.
    const migrate = (pool: Pool) => applyMigrations(pool, tables.schema, tables.migrations, migrations(tables));
    const pool = await openPool({ connectionString: options.connectionString, max: options.poolSize ?? 3, owner: 'read-model store' }, migrate);
    return new PostgresReadModelStore(pool, tables, schema);
  }

  private constructor(
    private readonly pool: Pool,
    readonly tables: Tables,
    readonly schema: string,
  ) {}

  async load(): Promise<StoredReadModel> {
    this.assertOpen();
    try {
      return await this.loadStored();
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      // A document this release cannot read: forget them all and refold, as for another version.
      await this.clear();
      return { checkpoint: 0, model: new PlanReadModel() };
    }
  }

  private loadStored(): Promise<StoredReadModel> {
    // One snapshot for checkpoint and documents: another instance may be saving meanwhile.
    return inTransaction(
      this.pool,
      async (client) => {
        const stored = await client.query<{ position: string }>(`SELECT position FROM ${this.tables.checkpoints} WHERE projection = $1`, [
          PLAN_READ_MODEL_PROJECTION,
        ]);
        if (stored.rows.length === 0) return { checkpoint: 0, model: new PlanReadModel() };
        const { rows } = await client.query<DocumentRow>(`SELECT kind, id, doc::text AS doc FROM ${this.tables.documents} WHERE projection = $1`, [
          PLAN_READ_MODEL_PROJECTION,
        ]);
        return { checkpoint: Number(stored.rows[0].position), model: PlanReadModel.fromDocuments(rows.map((row) => decodeDocument(row.kind, row.id, row.doc))) };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async save(documents: ReadModelDocument[], checkpoint: number, options: SaveOptions = {}): Promise<void> {
    this.assertOpen();
    if (!Number.isSafeInteger(checkpoint) || checkpoint < 0) throw new Error(`read model checkpoint must be a position >= 0, got ${checkpoint}`);
    // Serialise before opening the transaction: a document that cannot be written fails the save
    // without a round trip, and nothing is written.
    // One JSON parameter, not three text arrays: the driver escapes array elements character by
    // character, which cost more than the insert itself for a whole model.
    const rows = documents.length > 0 ? JSON.stringify(documents.map((document) => ({ kind: document.kind, id: document.id, doc: storedFormOf(document) }))) : null;
    const removed = options.remove?.length ? JSON.stringify(options.remove) : null;
    await inTransaction(this.pool, async (client) => {
      if (options.expectedCheckpoint !== undefined) {
        // Make sure the row exists, then lock it: two first saves on an empty store queue on the
        // insert, and the second then reads the first one's checkpoint (READ COMMITTED re-reads).
        await client.query(`INSERT INTO ${this.tables.checkpoints} (projection, position) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [
          PLAN_READ_MODEL_PROJECTION,
        ]);
        const { rows } = await client.query<{ position: string }>(
          `SELECT position FROM ${this.tables.checkpoints} WHERE projection = $1 FOR UPDATE`,
          [PLAN_READ_MODEL_PROJECTION],
        );
        const stored = Number(rows[0].position);
        if (stored !== options.expectedCheckpoint) throw new CheckpointConflictError(options.expectedCheckpoint, stored);
      }
      if (options.replaceAll) {
        await client.query(`DELETE FROM ${this.tables.documents} WHERE projection = $1`, [PLAN_READ_MODEL_PROJECTION]);
      }
      if (removed !== null) {
        await client.query(
          `DELETE FROM ${this.tables.documents} d USING json_to_recordset($2::json) AS r(kind text, id text)
           WHERE d.projection = $1 AND d.kind = r.kind AND d.id = r.id`,
          [PLAN_READ_MODEL_PROJECTION, removed],
        );
      }
      if (rows !== null) {
        await client.query(
          `INSERT INTO ${this.tables.documents} (projection, kind, id, doc)
           SELECT $1, kind, id, doc FROM json_to_recordset($2::json) AS d(kind text, id text, doc json)
           ON CONFLICT (projection, kind, id) DO UPDATE SET doc = excluded.doc`,
          [PLAN_READ_MODEL_PROJECTION, rows],
        );
      }
      await client.query(
        `INSERT INTO ${this.tables.checkpoints} (projection, position) VALUES ($1, $2)
         ON CONFLICT (projection) DO UPDATE SET position = excluded.position`,
        [PLAN_READ_MODEL_PROJECTION, checkpoint],
      );
    });
  }

  async clear(): Promise<void> {
    this.assertOpen();
    await inTransaction(this.pool, async (client) => {
      await client.query(`DELETE FROM ${this.tables.documents} WHERE projection = $1`, [PLAN_READ_MODEL_PROJECTION]);
      await client.query(`DELETE FROM ${this.tables.checkpoints} WHERE projection = $1`, [PLAN_READ_MODEL_PROJECTION]);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`read model store (PostgreSQL schema ${this.schema}) is closed`);
  }
}
