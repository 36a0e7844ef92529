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
 * - a reader first takes the horizon, in three steps in this order: the next transaction id
 *   (xmax of a snapshot), the backends holding that lock (pg_locks), and then their transaction
 *   ids as the process array has them (pg_stat_activity.backend_xid); the horizon is the lowest
 *   of these ids, or the next id when there is none lower;
 * - then, in a later statement (a later snapshot), it reads events below horizon * 2^20.
 *
 * Why nothing can appear below it later: take an appender T with a lower id. If T took the lock
 * after pg_locks was read, it got its id after that too, at or above the next id read before:
 * not lower. If it held the lock then and was still running when its id was looked up, either it
 * had its id (then the horizon is at most that) or it gets one later (not lower). Otherwise it
 * had ended before the events are read, and the later snapshot sees its commit. This needs the
 * lock before the id, so append_events refuses to run in a transaction that already has an id
 * without holding the lock. (backend_xid, not pg_locks' transactionid lock: PostgreSQL hands out
 * an id before it inserts that lock, but sets backend_xid in the same step.)
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
      -- A running transaction's 32-bit xid as xid8, from an xid8 near it (within 2^31 either side).
      CREATE FUNCTION ${t.widenXid}(p_xid xid, p_near bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $fn$
        SELECT p_near + ((p_xid::text::bigint - p_near % 4294967296 + 6442450944) % 4294967296) - 2147483648
      $fn$;

      -- The transaction id every reader may read below (see postgres-appenders.ts). Statements in
      -- this order, each on a fresh snapshot: the next xid, the lock's holders, then their xids.
      CREATE FUNCTION ${t.settledHorizon}() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        v_next     bigint;
        v_xmin     bigint;
        v_holders  integer[];
        v_prepared boolean;
        v_lowest   bigint;
      BEGIN
        SELECT pg_snapshot_xmax(s)::text::bigint, pg_snapshot_xmin(s)::text::bigint INTO v_next, v_xmin FROM pg_current_snapshot() s;
        SELECT array_agg(l.pid), bool_or(l.pid IS NULL) INTO v_holders, v_prepared
        FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = hashtext('saferplan-event-store:appenders')::oid AND l.objid = hashtext('${t.name}')::oid;
        IF v_holders IS NULL THEN RETURN v_next; END IF;
        -- A prepared (two-phase) appender has no backend to ask: fall back to the server's horizon.
        IF v_prepared THEN RETURN v_xmin; END IF;
        -- Activity is cached per transaction: read it afresh.
        PERFORM pg_stat_clear_snapshot();
        SELECT min(${t.widenXid}(a.backend_xid, v_next)) INTO v_lowest
        FROM pg_stat_activity a WHERE a.pid = ANY (v_holders) AND a.backend_xid IS NOT NULL;
        RETURN least(v_next, v_lowest);
      END
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
