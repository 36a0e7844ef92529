import type { ClientBase } from 'pg';
import type { PostgresMigration, Tables } from './postgres-schema';

/**
 * The settled horizon, counting only our own appenders (docs/adr/0007).
 *
 * Positions are `tx_id * 2^20 + ordinal` (postgres-schema.ts), and a global reader may only read
 * below a transaction id every lower one of which has settled. PostgreSQL's own answer,
 * `pg_snapshot_xmin(pg_current_snapshot())`, is the oldest transaction still running anywhere on
 * the server: one idle transaction in another database held every reader back, and with it every
 * write's read-your-writes wait (issue 14, failure 1). Only transactions that append to this
 * store's events can ever put an event behind a reader, so the horizon counts only those:
 *
 * - every append takes, as its transaction's first act, a shared transaction-scoped advisory lock
 *   named for the schema (appenders never block each other on it; it only makes them visible in
 *   pg_locks, at once, uncommitted);
 * - a reader first takes the horizon: the next transaction id to be handed out (xmax of its
 *   statement's snapshot) or, if lower, the lowest transaction id of a holder of that lock;
 * - then, in a later statement (a later snapshot), reads events below horizon * 2^20.
 *
 * Why nothing can appear below it later: an appender with a lower id either held the lock when
 * pg_locks was read (then the horizon is at most its id), or had already ended (then the later
 * snapshot sees its commit), or takes the lock afterwards, and so gets its id afterwards, at or
 * above the xmax taken before. That last step needs the lock before the id: append_events
 * refuses to run in a transaction that already has an id without holding the lock.
 */

/** The two int4 keys of the appenders' lock: one for SaferPlan event stores, one per schema. */
const lockKeys = (t: Tables) => `hashtext('saferplan-event-store:appenders'), hashtext('${t.name}')`;

/** SQL: does the current transaction hold the appenders' lock already (a second append in it)? */
function holdsAppendersLock(t: Tables): string {
  return `EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = pg_backend_pid() AND l.locktype = 'advisory'
    AND l.classid = hashtext('saferplan-event-store:appenders')::oid AND l.objid = hashtext('${t.name}')::oid AND l.objsubid = 2)`;
}

/** Statements append_events runs first, from migration 3 on: register as an appender before taking an id. */
export function appenderPrologue(t: Tables): string {
  return `
          IF pg_current_xact_id_if_assigned() IS NOT NULL AND NOT ${holdsAppendersLock(t)} THEN
            RAISE EXCEPTION 'an append must start its transaction (or follow another append in it): this transaction has already written'
              USING ERRCODE = '55000';
          END IF;
          PERFORM pg_advisory_xact_lock_shared(${lockKeys(t)});`;
}

/** Migration 3: settled_horizon(), and append_events replaced by the same body behind appenderPrologue. */
export function appendersMigration(t: Tables, appendEvents: string): PostgresMigration {
  return {
    version: 3,
    name: 'settled horizon of our own appenders',
    sql: `
      -- The transaction id every reader may read below (see postgres-appenders.ts). In-flight
      -- ids are widened from pg_locks' 32-bit xid to xid8 relative to xmax: a running transaction
      -- is less than 2^31 ids behind the next one.
      CREATE FUNCTION ${t.settledHorizon}() RETURNS bigint LANGUAGE sql VOLATILE AS $fn$
        WITH next AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS id),
        appenders AS (
          SELECT (SELECT id FROM next)
                 - (((SELECT id FROM next) % 4294967296) - x.transactionid::text::bigint + 4294967296) % 4294967296 AS id
          FROM pg_locks a
          JOIN pg_locks x ON x.virtualtransaction = a.virtualtransaction
            AND x.locktype = 'transactionid' AND x.mode = 'ExclusiveLock' AND x.granted
          WHERE a.locktype = 'advisory' AND a.granted AND a.objsubid = 2
            AND a.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND a.classid = hashtext('saferplan-event-store:appenders')::oid AND a.objid = hashtext('${t.name}')::oid
        )
        SELECT least((SELECT id FROM next), (SELECT min(id) FROM appenders))
      $fn$;
      ${appendEvents}
    `,
  };
}

/**
 * The transaction id below which every global reader may read now (positions below it times
 * 2^20). Take it in a statement before the read, never in the same one (see above).
 */
export async function readSettledHorizon(db: Pick<ClientBase, 'query'>, t: Tables): Promise<number> {
  const { rows } = await db.query<{ horizon: string }>(`SELECT ${t.settledHorizon}() AS horizon`);
  return Number(rows[0].horizon);
}
