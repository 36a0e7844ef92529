import type { Pool, PoolClient } from 'pg';
import { appenderPrologue, appendersMigration } from './postgres-appenders';
import { appendEventsSharingTransactions } from './postgres-migration-4';
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
 * not commit order, so readers of the global log only return events below a settled horizon:
 * a transaction id below which every append of ours has committed or aborted. It used to be
 * `pg_snapshot_xmin(pg_current_snapshot())`, the oldest transaction running anywhere on the
 * server, so one idle transaction in another database held every reader back; it now counts only
 * our own appenders (postgres-appenders.ts, docs/adr/0007). Readers return events in position
 * order below it, so nothing can later appear behind a reader's checkpoint. The price: one
 * long-open append to this store still holds global readers back until it ends.
 */
export const POSITION_SHIFT = 1_048_576; // 2^20
export const MAX_EVENTS_PER_APPEND = POSITION_SHIFT - 1;

export interface Tables {
  /** The schema's plain name (unquoted); `schema` is the quoted identifier. */
  name: string;
  schema: string;
  events: string;
  streams: string;
  commands: string;
  migrations: string;
  /** The append function (migration 2); see postgres-append.ts. */
  appendEvents: string;
  /** The settled horizon function (migration 3); see postgres-appenders.ts. */
  settledHorizon: string;
  /** A running transaction's xid widened to xid8 (migration 3). */
  widenXid: string;
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
  return {
    name: schema,
    schema: q,
    events: `${q}.events`,
    streams: `${q}.streams`,
    commands: `${q}.commands`,
    migrations: `${q}.schema_migrations`,
    appendEvents: `${q}.append_events`,
    settledHorizon: `${q}.settled_horizon`,
    widenXid: `${q}.widen_xid`,
  };
}

/** Append only: never edit a released migration, add the next one. */
function migrations(t: Tables): PostgresMigration[] {
  return [...releasedMigrations(t), appendEventsSharingTransactions(t, POSITION_SHIFT, appenderPrologue(t))];
}

function releasedMigrations(t: Tables): PostgresMigration[] {
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
    {
      version: 2,
      name: 'append_events: one append in one statement',
      // Why a function: an append used to be 7 to 9 round trips (BEGIN, create and lock the stream
      // row, command lookup, previous hash, insert, update, command, COMMIT), and a single writer
      // spent most of its time waiting on them. Called in autocommit, this is the whole
      // transaction in one round trip; it also works inside a caller's open transaction.
      //
      // The hash chain is computed by the caller (shared/hash-chain.ts, the one definition), so the
      // caller must know the head it chains onto before the call: it passes that guess as
      // p_current and p_previous_hash, and the function appends only if, under the stream's row
      // lock, the stream's head is exactly that. Otherwise it writes nothing and reports the head
      // ('stale'); the caller then checks its expected revision against the real head and tries
      // again. p_current NULL never matches: "report only".
      //
      // The function is VOLATILE (the default), so under READ COMMITTED each statement in it takes
      // a fresh snapshot: the command lookup and the previous-hash read run after the lock is
      // held and see whatever the appender we waited for committed. The lock itself is taken as
      // appends always took it: SELECT ... FOR UPDATE waits for a concurrent appender and then
      // returns the row's latest committed revision; a missing row is created first (INSERT ...
      // ON CONFLICT DO NOTHING waits for a concurrent creator). A row created by a call that
      // then appends nothing is deleted again, as the rollback of a failed append used to.
      //
      // Positions are untouched: events.tx_id still defaults to pg_current_xact_id(), the
      // transaction this function runs in. A unique violation (the commands key or an event id,
      // when a retry races its original on another stream) is raised as before, for the store's
      // resolveConflict. Change it only with CREATE OR REPLACE in a later migration.
      sql: appendEventsFunction(t, 'CREATE FUNCTION', ''),
    },
    appendersMigration(t, appendEventsFunction(t, 'CREATE OR REPLACE FUNCTION', appenderPrologue(t))),
  ];
}

/**
 * Where a call's event ordinals start. Migrations 2 and 3 number each call from 0; migration 4
 * (postgres-migration-4.ts) continues after what the call's transaction already wrote: it
 * declares `v_base`, sets it after the head check, and inserts from it.
 */
export interface OrdinalBase {
  declare: string;
  compute: string;
  first: string;
}

const ORDINALS_FROM_ZERO: OrdinalBase = { declare: '', compute: '', first: '' };

/**
 * The SQL of append_events (migration 2 explains it). Migration 3 replaces it with the same body
 * behind `prologue`, statements run first (postgres-appenders.ts); migration 4 with other
 * ordinals (OrdinalBase). The one text of the function: a later change is a new migration.
 */
export function appendEventsFunction(
  t: Tables,
  create: 'CREATE FUNCTION' | 'CREATE OR REPLACE FUNCTION',
  prologue: string,
  ordinals: OrdinalBase = ORDINALS_FROM_ZERO,
): string {
  return `
        ${create} ${t.appendEvents}(
          p_stream_id     text,
          p_current       integer,
          p_previous_hash text,
          p_command_id    text,
          p_recorded_at   timestamptz,
          p_event_ids     uuid[],
          p_types         text[],
          p_data          json[],
          p_metadata      jsonb[]
        ) RETURNS TABLE (
          outcome           text,    -- appended | duplicate | command_reused | stale
          current_revision  integer, -- stale: the stream's head (-1: no stream) ...
          current_hash      text,    -- ... and that event's hash
          command_stream_id text,    -- command_reused: the stream the commandId was used for
          "position"        bigint,  -- appended / duplicate: the events, one row each
          stream_id         text,
          revision          integer,
          type              text,
          data              json,
          metadata          jsonb
        ) LANGUAGE plpgsql AS $fn$
        #variable_conflict use_column
        DECLARE
          v_current integer;
          v_created boolean := false;
          v_hash    text;
          v_command record;${ordinals.declare}
        BEGIN${prologue}
          SELECT s.revision INTO v_current FROM ${t.streams} s WHERE s.stream_id = p_stream_id FOR UPDATE;
          IF NOT FOUND THEN
            INSERT INTO ${t.streams} (stream_id, revision) VALUES (p_stream_id, -1) ON CONFLICT (stream_id) DO NOTHING;
            v_created := FOUND;
            v_current := -1;
            IF NOT v_created THEN
              SELECT s.revision INTO v_current FROM ${t.streams} s WHERE s.stream_id = p_stream_id FOR UPDATE;
            END IF;
          END IF;

          IF p_command_id IS NOT NULL THEN
            SELECT c.stream_id, c.first_position, c.last_position INTO v_command
            FROM ${t.commands} c WHERE c.command_id = p_command_id;
            IF FOUND THEN
              IF v_created THEN DELETE FROM ${t.streams} s WHERE s.stream_id = p_stream_id; END IF;
              IF v_command.stream_id <> p_stream_id THEN
                RETURN QUERY SELECT 'command_reused'::text, NULL::integer, NULL::text, v_command.stream_id,
                  NULL::bigint, NULL::text, NULL::integer, NULL::text, NULL::json, NULL::jsonb;
                RETURN;
              END IF;
              RETURN QUERY SELECT 'duplicate'::text, NULL::integer, NULL::text, NULL::text,
                  e.position, e.stream_id, e.revision, e.type, e.data, e.metadata
                FROM ${t.events} e WHERE e.position BETWEEN v_command.first_position AND v_command.last_position;
              RETURN;
            END IF;
          END IF;

          IF v_current >= 0 THEN
            SELECT e.metadata->>'hash' INTO v_hash FROM ${t.events} e WHERE e.stream_id = p_stream_id AND e.revision = v_current;
          END IF;
          IF p_current IS DISTINCT FROM v_current OR p_previous_hash IS DISTINCT FROM v_hash THEN
            IF v_created THEN DELETE FROM ${t.streams} s WHERE s.stream_id = p_stream_id; END IF;
            RETURN QUERY SELECT 'stale'::text, v_current, v_hash, NULL::text,
              NULL::bigint, NULL::text, NULL::integer, NULL::text, NULL::json, NULL::jsonb;
            RETURN;
          END IF;
${ordinals.compute}
          RETURN QUERY
            WITH inserted AS (
              INSERT INTO ${t.events} AS e (ordinal, stream_id, revision, event_id, type, data, metadata, recorded_at)
              SELECT ${ordinals.first}n.ordinality - 1, p_stream_id, v_current + n.ordinality, n.event_id, n.type, n.data, n.metadata, p_recorded_at
              FROM unnest(p_event_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS n(event_id, type, data, metadata, ordinality)
              RETURNING e.position, e.stream_id, e.revision, e.type, e.data, e.metadata
            )
            SELECT 'appended'::text, NULL::integer, NULL::text, NULL::text, i.* FROM inserted i;
          UPDATE ${t.streams} s SET revision = v_current + cardinality(p_event_ids) WHERE s.stream_id = p_stream_id;
          IF p_command_id IS NOT NULL THEN
            -- This append's events are the stream's revisions above v_current: the lock keeps others out.
            INSERT INTO ${t.commands} (command_id, stream_id, first_position, last_position)
            SELECT p_command_id, p_stream_id, min(e.position), max(e.position)
            FROM ${t.events} e WHERE e.stream_id = p_stream_id AND e.revision > v_current;
          END IF;
        END
        $fn$;
      `;
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
