import type { PostgresMigration, Tables } from './postgres-schema';

/**
 * Migration 4: several appends in one transaction (EventStore.appendAll, all or nothing).
 *
 * A position is tx_id * 2^20 + ordinal (postgres-schema.ts), and append_events numbered the
 * ordinals of each call from 0, so a second append in the same transaction collided with the
 * first on the primary key. Now each call continues after the highest ordinal its transaction
 * has already written: one primary-key range probe, empty (and cheap) for the usual one append
 * per transaction. Everything else is migration 3's function unchanged. Positions stay unique
 * and in commit order; one transaction still holds at most 2^20 - 1 events. The shift is passed
 * in (postgres-schema.ts owns it and lists this migration), and so is migration 3's prologue
 * (postgres-appenders.ts: register as one of our appenders before taking a transaction id),
 * which this body keeps running first.
 */
export function appendEventsSharingTransactions(t: Tables, POSITION_SHIFT: number, prologue: string): PostgresMigration {
  return {
    version: 4,
    name: 'append_events: several appends in one transaction',
    sql: `
        CREATE OR REPLACE FUNCTION ${t.appendEvents}(
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
          v_command record;
          v_base    integer;
        BEGIN
          ${prologue}
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

          -- Ordinals continue after the events this transaction already wrote (an earlier append of
          -- the same appendAll): found through the primary key, by this transaction's position range.
          SELECT COALESCE(max(e.ordinal) + 1, 0) INTO v_base FROM ${t.events} e
          WHERE e.position >= pg_current_xact_id()::text::bigint * ${POSITION_SHIFT}
            AND e.position < (pg_current_xact_id()::text::bigint + 1) * ${POSITION_SHIFT};

          RETURN QUERY
            WITH inserted AS (
              INSERT INTO ${t.events} AS e (ordinal, stream_id, revision, event_id, type, data, metadata, recorded_at)
              SELECT v_base + n.ordinality - 1, p_stream_id, v_current + n.ordinality, n.event_id, n.type, n.data, n.metadata, p_recorded_at
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
      `,
  };
}
