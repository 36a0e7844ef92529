import type { RecordedEvent } from '../event-store.port';
import { storedMetadata } from '../shared/event-metadata';

export const EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata';
/** Columns of a read from the events table: with recorded_at, which as-of reads filter on. */
export const STORED_EVENT_COLUMNS = `${EVENT_COLUMNS}, recorded_at`;

export interface EventRow {
  position: string; // bigint arrives as a string from pg
  stream_id: string;
  revision: number;
  type: string;
  data: unknown; // json: parsed by pg
  metadata: RecordedEvent['metadata'];
  /** Present on reads of the events table (not on append_events' own result). */
  recorded_at?: Date;
}

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    position: Number(row.position),
    streamId: row.stream_id,
    revision: row.revision,
    type: row.type,
    data: row.data,
    metadata: storedMetadata(row.metadata, row.recorded_at),
  };
}
