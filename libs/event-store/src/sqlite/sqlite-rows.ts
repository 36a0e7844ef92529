import type { AppendResult, EventMetadata, RecordedEvent } from '../event-store.port';
import { storedMetadata } from '../shared/event-metadata';

export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export const COLUMNS = 'position, stream_id, revision, type, data, metadata, recorded_at';

export function toRecorded(row: EventRow): RecordedEvent {
  return recordedEvent(row.position, row.stream_id, row.revision, row.type, JSON.parse(row.data), storedMetadata(JSON.parse(row.metadata), row.recorded_at));
}

export function recordedEvent(
  position: number,
  streamId: string,
  revision: number,
  type: string,
  data: unknown,
  metadata: EventMetadata,
): RecordedEvent {
  return { position, streamId, revision, type, data, metadata };
}

export function duplicateResult(events: RecordedEvent[]): AppendResult {
  const last = events[events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events, duplicate: true };
}
