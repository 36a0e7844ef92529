import type { Pool, PoolClient } from 'pg';
import { inTransaction } from './postgres-pool';

/**
 * Global positions, and why they are not a sequence.
 *
 * A sequence (or identity/bigserial) hands out numbers in insert order, not commit order: if
 * transaction A takes position 10 and B takes 11, B can commit first, a catch-up reader sees 11,
 * moves its checkpoint past 10, and never delivers A's event. Emmett fixed exactly this in
 * PR #336, and Marten's "high water mark" gap detector has had several bugs trying to paper over
 * it with timeouts.
 *
 * So each event's position is derived from its transaction: `tx_id` is the 64-bit transaction
 * id (xid8) of the append, and position = tx_id * 2^20 + ordinal within the append. Positions
 * are unique and ordered by (transaction id, ordinal); they fit a JS number (2^53) for 2^33
 * (8.6e9) transactions, and one append is limited to 2^20 - 1 events. Transaction ids are still
 * not commit order, but PostgreSQL can tell us which of them are settled: every transaction
 * with an id below `pg_snapshot_xmin(pg_current_snapshot())` has committed or aborted. Readers
 * of the global log only return events below that horizon, in position order, so nothing can
 * later appear behind a reader's checkpoint. The price: one long-open writing transaction
 * anywhere in the cluster holds the horizon back, and global readers wait for it.
 */
export const POSITION_SHIFT = 1_048_576; // 2^20
export const MAX_EVENTS_PER_APPEND = POSITION_SHIFT - 1;

/** SQL for "positions every reader may see": below the horizon of settled transactions. */
export const SETTLED_POSITION_BOUND = `(pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${POSITION_SHIFT})`;

export interface Tables {
  schema: string;
  events: string;
  streams: string;
  commands: string;
  migrations: string;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * A schema name we can splice into SQL unescaped: a plain identifier of at most 63 characters.
 * The one check shared by the event store, the read-model store and DATABASE_SCHEMA.
 */
export const isPlainSchemaName = (schema: string): boolean => SCHEMA_NAME.test(schema);

/**
 * The advisory lock every migration in a schema takes (event store and read models alike), so
 * instances starting together never race on CREATE SCHEMA, nor apply a step twice.
 */
export const schemaMigrationLockName = (schema: string): string => `saferplan-event-store:${schema}`;

export function tablesFor(schema: string): Tables {
  if (!isPlainSchemaName(schema)) throw new Error(`Invalid PostgreSQL schema name for the event store: ${schema}`);
  const q = `"${schema}"`;
  return { schema: q, events: `${q}.events`, streams: `${q}.streams`, commands: `${q}.commands`, migrations: `${q}.schema_migrations` };
}

/** Append only: never edit a released migration, add the next one. */
function migrations(t: Tables): PostgresMigration[] {
  return [
    {
      version: 1,
      name: 'events, streams and commands',
      sql: `
        CREATE TABLE ${t.streams} (
          stream_id text    PRIMARY KEY,
          revision  integer NOT NULL -- last revision; the row is locked by every append to the stream
        );
        CREATE TABLE ${t.events} (
          tx_id       xid8    NOT NULL DEFAULT pg_current_xact_id(),
          ordinal     integer NOT NULL CHECK (ordinal >= 0 AND ordinal < ${POSITION_SHIFT}),
          position    bigint  GENERATED ALWAYS AS (tx_id::text::bigint * ${POSITION_SHIFT} + ordinal) STORED,
          stream_id   text    NOT NULL,
          revision    integer NOT NULL,
          event_id    uuid    NOT NULL UNIQUE,
          type        text    NOT NULL,
          data        json    NOT NULL, -- json, not jsonb: kept byte for byte, and accepts \\u0000
          metadata    jsonb   NOT NULL,
          recorded_at timestamptz NOT NULL,
          PRIMARY KEY (position),
          UNIQUE (stream_id, revision),
          -- Fail loudly rather than hand JS a position it cannot represent exactly.
          CHECK (position < 9007199254740992)
        );
        CREATE TABLE ${t.commands} (
          command_id     text   PRIMARY KEY,
          stream_id      text   NOT NULL,
          first_position bigint NOT NULL,
          last_position  bigint NOT NULL
        );
      `,
    },
  ];
}

export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * In one transaction: takes the schema's migration lock, creates the schema and the given
 * migrations table, and applies the missing steps, once however many instances start together.
 * Shared by the event store and the read-model store, which may start on a fresh schema at the
 * same moment.
 */
export function applyMigrations(pool: Pool, schema: string, migrationsTable: string, steps: PostgresMigration[]): Promise<void> {
  return inTransaction(pool, (client) => applyMissingSteps(client, schema, migrationsTable, steps));
}

async function applyMissingSteps(client: PoolClient, schema: string, migrationsTable: string, steps: PostgresMigration[]): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [schemaMigrationLockName(schema)]);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${migrationsTable} (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set((await client.query<{ version: number }>(`SELECT version FROM ${migrationsTable}`)).rows.map((r) => r.version));
  for (const migration of steps) {
    if (applied.has(migration.version)) continue;
    await client.query(migration.sql);
    await client.query(`INSERT INTO ${migrationsTable} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
  }
}

/** Creates the event store's schema and applies its missing migrations (see applyMigrations). */
export function migratePostgres(pool: Pool, schema: string): Promise<void> {
  const t = tablesFor(schema);
  return applyMigrations(pool, t.schema, t.migrations, migrations(t));
}
