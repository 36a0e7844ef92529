import { appendEventsFunction, type PostgresMigration, type Tables } from './postgres-schema';

/**
 * Migration 4: several appends in one transaction (EventStore.appendAll, all or nothing).
 *
 * A position is tx_id * 2^20 + ordinal (postgres-schema.ts), and append_events numbered the
 * ordinals of each call from 0, so a second append in the same transaction collided with the
 * first on the primary key. Now each call continues after the highest ordinal its transaction
 * has already written: one primary-key range probe, empty (and cheap) for the usual one append
 * per transaction. Everything else is migration 3's function unchanged, from the same text
 * (appendEventsFunction). Positions stay unique and in commit order; one transaction still holds
 * at most 2^20 - 1 events. The shift is passed in (postgres-schema.ts owns it and lists this
 * migration), and so is migration 3's prologue (postgres-appenders.ts: register as one of our
 * appenders before taking a transaction id), which this body keeps running first.
 */
export function appendEventsSharingTransactions(
  t: Tables,
  POSITION_SHIFT: number,
  prologue: string,
): PostgresMigration {
  return {
    version: 4,
    name: 'append_events: several appends in one transaction',
    sql: appendEventsFunction(t, 'CREATE OR REPLACE FUNCTION', prologue, {
      declare: `
          v_base    integer;`,
      compute: `
          -- Ordinals continue after the events this transaction already wrote (an earlier append of
          -- the same appendAll): found through the primary key, by this transaction's position range.
          SELECT COALESCE(max(e.ordinal) + 1, 0) INTO v_base FROM ${t.events} e
          WHERE e.position >= pg_current_xact_id()::text::bigint * ${POSITION_SHIFT}
            AND e.position < (pg_current_xact_id()::text::bigint + 1) * ${POSITION_SHIFT};
`,
      first: 'v_base + ',
    }),
  };
}
