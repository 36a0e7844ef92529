import type { ClientBase } from 'pg';
import { type AppendOptions, type AppendResult, CommandIdReusedError, type NewEvent } from '../event-store.port';
import { buildMetadata } from '../shared/event-metadata';
import { chainMetadata } from '../shared/hash-chain';
import { assertExpectedRevision } from '../shared/expected-revision';
import { EVENT_COLUMNS, type EventRow, toRecorded } from './postgres-rows';
import type { Tables } from './postgres-schema';

/**
 * The body of one append, run by the caller inside an open transaction on `client` (the store
 * wraps it in BEGIN/COMMIT; the ordering specs hold such transactions open on purpose).
 *
 * The stream's row in `streams` is created if missing and then locked FOR UPDATE, so appends to
 * one stream queue behind each other and each sees the committed revision of the one before:
 * the expected-revision check cannot race, and concurrent 'any' appends get gapless revisions.
 * The commandId is checked after taking that lock, so a retry racing its original sees it; a
 * retry racing on another stream is caught by the commands primary key (see the store).
 */
export async function appendInTransaction(
  client: ClientBase,
  t: Tables,
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  await client.query(`INSERT INTO ${t.streams} (stream_id, revision) VALUES ($1, -1) ON CONFLICT (stream_id) DO NOTHING`, [streamId]);
  const locked = await client.query<{ revision: number }>(`SELECT revision FROM ${t.streams} WHERE stream_id = $1 FOR UPDATE`, [streamId]);
  const current = locked.rows[0].revision;

  const commandId = options.commandId ?? null;
  if (commandId !== null) {
    const earlier = await findCommandEvents(client, t, commandId);
    if (earlier) {
      if (earlier.streamId !== streamId) throw new CommandIdReusedError(commandId, earlier.streamId);
      const last = earlier.events[earlier.events.length - 1];
      return { nextExpectedRevision: last.revision, position: last.position, events: earlier.events, duplicate: true };
    }
  }

  assertExpectedRevision(streamId, options.expectedRevision, current);
  const previous =
    current < 0
      ? null
      : await client.query<{ hash: string | null }>(`SELECT metadata->>'hash' AS hash FROM ${t.events} WHERE stream_id = $1 AND revision = $2`, [
          streamId,
          current,
        ]);
  const metadata = chainMetadata(streamId, current + 1, events, buildMetadata(events, options), previous?.rows[0]?.hash ?? null);
  const inserted = await client.query<EventRow & { ordinal: number }>(
    `INSERT INTO ${t.events} (ordinal, stream_id, revision, event_id, type, data, metadata, recorded_at)
     SELECT e.ordinal, $1, $2::integer + e.ordinal, e.event_id, e.type, e.data, e.metadata, $3::timestamptz
     FROM unnest($4::integer[], $5::uuid[], $6::text[], $7::json[], $8::jsonb[])
          AS e(ordinal, event_id, type, data, metadata)
     RETURNING ordinal, ${EVENT_COLUMNS}`,
    [
      streamId,
      current + 1,
      options.recordedAt.toISOString(),
      events.map((_, i) => i),
      metadata.map((m) => m.eventId),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      metadata.map((m) => JSON.stringify(m)),
    ],
  );
  const recorded = inserted.rows.sort((a, b) => a.ordinal - b.ordinal).map(toRecorded);
  const first = recorded[0];
  const last = recorded[recorded.length - 1];
  await client.query(`UPDATE ${t.streams} SET revision = $2 WHERE stream_id = $1`, [streamId, last.revision]);
  if (commandId !== null) {
    await client.query(
      `INSERT INTO ${t.commands} (command_id, stream_id, first_position, last_position) VALUES ($1, $2, $3, $4)`,
      [commandId, streamId, first.position, last.position],
    );
  }
  return { nextExpectedRevision: last.revision, position: last.position, events: recorded, duplicate: false };
}

/** The events an append with this commandId recorded (positions of one append are contiguous). */
export async function findCommandEvents(
  client: Pick<ClientBase, 'query'>,
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
    `SELECT ${EVENT_COLUMNS} FROM ${t.events} WHERE position BETWEEN $1 AND $2 ORDER BY position`,
    [first_position, last_position],
  );
  return { streamId: stream_id, events: events.rows.map(toRecorded) };
}
