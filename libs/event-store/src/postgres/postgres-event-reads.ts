import type { Pool } from 'pg';
import type { RecordedEvent } from '../event-store.port';
import { storedMetadata } from '../shared/event-metadata';
import type { NormalisedEventFilter } from '../shared/event-filter';
import type { Tables } from './postgres-schema';

/**
 * The read side of the PostgreSQL store. Rows come back as arrays (`rowMode: 'array'`), and
 * recorded_at as milliseconds since the epoch, which the event's ISO text is made from: pg's own
 * timestamp parsing (postgres-date) was 8.6% of a rebuild's profile, and named row objects
 * another copy of every event (docs/adr/0026-lean-event-reads.md). data and metadata are still parsed by
 * pg's JSON parser, once each.
 *
 * The milliseconds are the column truncated to the millisecond, as pg's Date was, and exact (an
 * integer in numeric, then float8), so the text is what toISOString of pg's Date gave.
 */
const READ_COLUMNS = "position, stream_id, revision, type, data, metadata, round(extract(epoch from date_trunc('milliseconds', recorded_at)) * 1000)::float8";

type EventRow = [position: string, streamId: string, revision: number, type: string, data: unknown, metadata: RecordedEvent['metadata'], recordedAtMs: number];

export interface StreamRead {
  backwards: boolean;
  from: number;
  limit: number | null;
}

export async function readStreamEvents(pool: Pool, t: Tables, streamId: string, { backwards, from, limit }: StreamRead): Promise<RecordedEvent[]> {
  const { rows } = await pool.query<EventRow>({
    text: `SELECT ${READ_COLUMNS} FROM ${t.events}
       WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2::bigint
       ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
    values: [streamId, from, limit],
    rowMode: 'array',
  });
  return eventsOf(rows);
}

export interface LogRead {
  after: number;
  limit: number | null;
  /** Exclusive: the settled horizon's first position (postgres-appenders.ts). */
  bound: number;
  filter: NormalisedEventFilter | null;
}

export async function readLogEvents(pool: Pool, t: Tables, { after, limit, bound, filter }: LogRead): Promise<RecordedEvent[]> {
  const { where, params } = postgresFilter(filter, 4);
  const named = filter?.streamIds ?? (filter?.streamId != null ? [filter.streamId] : null);
  // Named streams: look each one up in the stream index (a lateral join, materialised), then
  // filter and order. Left to itself the planner cannot estimate the settled-position bound, and
  // on a freshly loaded table not the stream ids either: it walked the whole log by position or
  // scanned it (an as-of replay of one partnership read 110,000 rows to keep 2,700).
  const source = named
    ? `WITH named AS MATERIALIZED (
         SELECT e.* FROM (SELECT DISTINCT unnest($${4 + params.length}::text[]) AS stream_id) s
         -- OFFSET 0 keeps this a lookup per stream: pulled up into a join, it was planned as a scan.
         CROSS JOIN LATERAL (SELECT * FROM ${t.events} WHERE stream_id = s.stream_id OFFSET 0) e
       ) SELECT ${READ_COLUMNS} FROM named`
    : `SELECT ${READ_COLUMNS} FROM ${t.events}`;
  const { rows } = await pool.query<EventRow>({
    text: `${source}
       WHERE position > $1 AND position < $3${where}
       ORDER BY position LIMIT $2`,
    values: [after, limit, bound, ...params, ...(named ? [named] : [])],
    rowMode: 'array',
  });
  return eventsOf(rows);
}

function eventsOf(rows: EventRow[]): RecordedEvent[] {
  const events = new Array<RecordedEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    events[i] = { position: Number(row[0]), streamId: row[1], revision: row[2], type: row[3], data: row[4], metadata: storedMetadata(row[5], row[6]) };
  }
  return events;
}

/** The filter as SQL conditions with parameters numbered from `first`. */
export function postgresFilter(filter: NormalisedEventFilter | null, first: number): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${first + params.length - 1}`));
  };
  if (filter) {
    if (filter.streamId !== null) add((p) => `stream_id = ${p}`, filter.streamId);
    if (filter.streamIds !== null) add((p) => `stream_id = ANY(${p}::text[])`, filter.streamIds);
    if (filter.streamPrefix !== null) add((p) => `starts_with(stream_id, ${p}::text)`, filter.streamPrefix);
    if (filter.type !== null) add((p) => `type = ${p}`, filter.type);
    if (filter.actor !== null) add((p) => `metadata->>'actor' = ${p}`, filter.actor);
    if (filter.recordedFrom !== null) add((p) => `recorded_at >= ${p}::timestamptz`, filter.recordedFrom);
    if (filter.recordedTo !== null) add((p) => `recorded_at <= ${p}::timestamptz`, filter.recordedTo);
  }
  return { where: conditions.map((c) => ` AND ${c}`).join(''), params };
}
