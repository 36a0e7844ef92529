import type { RecordedEvent } from '../event-store.port';
import { storedMetadata } from '../shared/event-metadata';

export const EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata';

export interface EventRow {
  position: string; // bigint arrives as a string from pg
  stream_id: string;
  revision: number;
  type: string;
  data: unknown; // json: parsed by pg
  metadata: RecordedEvent['metadata'];
}

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    position: Number(row.position),
    streamId: row.stream_id,
    revision: row.revision,
    type: row.type,
    data: row.data,
    metadata: storedMetadata(row.metadata),
  };
}
