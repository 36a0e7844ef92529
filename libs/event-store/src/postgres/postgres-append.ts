import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import {
  type AppendOptions,
  type AppendResult,
  CommandIdReusedError,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { buildMetadata } from '../shared/event-metadata';
import { chainMetadata } from '../shared/hash-chain';
import type { EventSigner } from '../audit/event-witness';
import { assertExpectedRevision } from '../shared/expected-revision';
import { EVENT_COLUMNS, STORED_EVENT_COLUMNS, type EventRow, toRecorded } from './postgres-rows';
import type { Tables } from './postgres-schema';

type Queryable = Pick<ClientBase, 'query'>;

/** What the next append to a stream chains onto: its last revision (-1: no stream) and that event's hash. */
export interface StreamHead {
  revision: number;
  hash: string | null;
}

export const NO_STREAM_HEAD: StreamHead = { revision: -1, hash: null };

/**
 * The stream's head as committed now, without locking anything: a guess for append_events, which
 * checks it under the lock. One statement, so the revision and the hash come from one snapshot
 * (the append that moved the revision wrote that event in the same transaction).
 */
export async function readStreamHead(db: Queryable, t: Tables, streamId: string): Promise<StreamHead> {
  const { rows } = await db.query<{ revision: number; hash: string | null }>(
    prepared(
      `SELECT s.revision, e.metadata->>'hash' AS hash
     FROM ${t.streams} s LEFT JOIN ${t.events} e ON e.stream_id = s.stream_id AND e.revision = s.revision
     WHERE s.stream_id = $1`,
      [streamId],
    ),
  );
  return rows.length === 0 ? NO_STREAM_HEAD : { revision: rows[0].revision, hash: rows[0].hash };
}

/** The head after the events of a (non-duplicate) append or read: the last of them. */
export function headAfter(events: RecordedEvent[]): StreamHead {
  const last = events[events.length - 1];
  return { revision: last.revision, hash: last.metadata.hash ?? null };
}

/** The result of an append whose commandId was seen before: the events it recorded then. */
export function duplicateResult(commandId: string, streamId: string, earlier: { streamId: string; events: RecordedEvent[] }): AppendResult {
  if (earlier.streamId !== streamId) throw new CommandIdReusedError(commandId, earlier.streamId);
  const last = earlier.events[earlier.events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events: earlier.events, duplicate: true };
}

/**
 * Appends by calling append_events (migration 2 in postgres-schema.ts, which explains the
 * protocol), starting from the guess `head`, at most `attempts` times. The function holds the
 * stream's row lock while it checks the commandId and the head, so every invariant is decided
 * there, in the order appends always had: a seen commandId wins (duplicate, or
 * CommandIdReusedError), then the expected revision, checked here against the head the function
 * reports whenever the guess was wrong (WrongExpectedRevisionError carries that real revision).
 * A guess that does not meet the expectation is not sent as one (it could match and append):
 * the call only reports. Returns the result, or the last head reported if every attempt found
 * the stream moved on (only possible with 'any' or 'stream_exists' under concurrent appends).
 *
 * In autocommit (`db` a pool) each attempt is its own one-round-trip transaction. Inside a
 * caller's open transaction the first attempt's lock is kept until the caller ends it, so the
 * second attempt cannot find the stream moved.
 */
export async function appendFromHead(
  db: Queryable,
  t: Tables,
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
  head: StreamHead,
  attempts: number,
  signer: EventSigner | null = null,
): Promise<AppendResult | StreamHead> {
  let guess = head;
  for (let attempt = 1; ; attempt++) {
    const chainOnto = meetsExpectation(streamId, options.expectedRevision, guess.revision) ? guess : null;
    const outcome = await callAppendEvents(db, t, streamId, events, options, chainOnto, signer);
    if (!isHead(outcome)) return outcome;
    assertExpectedRevision(streamId, options.expectedRevision, outcome.revision);
    guess = outcome;
    if (attempt >= attempts) return guess;
  }
}

/**
 * One append inside the caller's open transaction on `client` (the store falls back to this on a
 * hot stream; the ordering specs hold such transactions open on purpose). At most three round
 * trips: the head, then append_events, which takes the row lock and appends, or, if the head
 * moved in between, reports it and is called once more under the lock it now holds.
 */
export async function appendInTransaction(
  client: ClientBase,
  t: Tables,
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
  head?: StreamHead,
  signer: EventSigner | null = null,
): Promise<AppendResult> {
  const start = head ?? (await readStreamHead(client, t, streamId));
  const outcome = await appendFromHead(client, t, streamId, events, options, start, 2, signer);
  if (isHead(outcome)) throw new Error(`Stream ${streamId}: its head moved while this transaction held its lock`);
  return outcome;
}

interface AppendEventsRow extends EventRow {
  outcome: 'appended' | 'duplicate' | 'command_reused' | 'stale';
  current_revision: number | null;
  current_hash: string | null;
  command_stream_id: string | null;
}

/** One call of append_events chaining onto `chainOnto` (null: report only, append nothing). */
async function callAppendEvents(
  db: Queryable,
  t: Tables,
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
  chainOnto: StreamHead | null,
  signer: EventSigner | null,
): Promise<AppendResult | StreamHead> {
  const commandId = options.commandId ?? null;
  const metadata = chainOnto
    ? chainMetadata(streamId, chainOnto.revision + 1, events, buildMetadata(events, options), chainOnto.hash, signer)
    : [];
  const send = chainOnto ? events : [];
  const { rows } = await db.query<AppendEventsRow>(
    prepared(
      `SELECT outcome, current_revision, current_hash, command_stream_id, ${EVENT_COLUMNS}
     FROM ${t.appendEvents}($1, $2, $3, $4, $5::timestamptz, $6::uuid[], $7::text[], $8::json[], $9::jsonb[])
     ORDER BY position`,
      [
        streamId,
        chainOnto?.revision ?? null,
        chainOnto?.hash ?? null,
        commandId,
        options.recordedAt.toISOString(),
        metadata.map((m) => m.eventId),
        send.map((e) => e.type),
        send.map((e) => JSON.stringify(e.data)),
        metadata.map((m) => JSON.stringify(m)),
      ],
    ),
  );
  const { outcome } = rows[0];
  if (outcome === 'stale') return { revision: rows[0].current_revision!, hash: rows[0].current_hash };
  if (outcome === 'command_reused') throw new CommandIdReusedError(commandId!, rows[0].command_stream_id!);
  const recorded = rows.map(toRecorded);
  if (outcome === 'duplicate') return duplicateResult(commandId!, streamId, { streamId, events: recorded });
  const last = recorded[recorded.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events: recorded, duplicate: false };
}

const statementNames = new Map<string, string>();

/**
 * A named (prepared) query: each connection parses and plans it once, then only binds and runs
 * it (measured earlier at 0.15-0.2 ms of a 1.05 ms append; docs/benchmarks.md, issue 15). The
 * name is derived from the text, so stores on other schemas sharing a pool never give one name
 * two texts.
 */
function prepared(text: string, values: unknown[]): { name: string; text: string; values: unknown[] } {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `saferplan_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}

function isHead(outcome: AppendResult | StreamHead): outcome is StreamHead {
  return !('events' in outcome);
}

/** Whether a stream whose head is `revision` meets the expectation (the one rule, assertExpectedRevision). */
export function meetsExpectation(streamId: string, expected: ExpectedRevision, revision: number): boolean {
  try {
    assertExpectedRevision(streamId, expected, revision);
    return true;
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) return false;
    throw error;
  }
}

/** The events an append with this commandId recorded (positions of one append are contiguous). */
export async function findCommandEvents(
  client: Queryable,
  t: Tables,
  commandId: string,
): Promise<{ streamId: string; events: ReturnType<typeof toRecorded>[] } | null> {
  const command = await client.query<{ stream_id: string; first_position: string; last_position: string }>(
    `SELECT stream_id, first_position, last_position FROM ${t.commands} WHERE command_id = $1`,
    [commandId],
  );
  if (command.rowCount === 0) return null;
  const { stream_id, first_position, last_position } = command.rows[0];
  const events = await client.query<EventRow>(
    `SELECT ${STORED_EVENT_COLUMNS} FROM ${t.events} WHERE position BETWEEN $1 AND $2 ORDER BY position`,
    [first_position, last_position],
  );
  return { streamId: stream_id, events: events.rows.map(toRecorded) };
}
