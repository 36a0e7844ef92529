/**
 * What every view's projection shares: the recorded event narrowed by its type, the way a
 * projection tells which stored documents it changed, and the stream-version rule.
 */
import type { SaferPlanEvent } from '@saferplan/domain/events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { ReadModelDocumentKind } from './read-model-documents';

// Distributes over the union, so a switch on `type` narrows `data`.
export type Recorded<E extends SaferPlanEvent = SaferPlanEvent> = E extends SaferPlanEvent
  ? RecordedEvent<E['data']> & { type: E['type'] }
  : never;
export type On<T extends SaferPlanEvent['type']> = Recorded<Extract<SaferPlanEvent, { type: T }>>;

/**
 * Told each document an event changed, so a save writes only those. A projection's evolve
 * updates its view in place (a national fold is a million events: copying views per event is not
 * affordable) and reports here; a spec that only looks at the view leaves it out.
 */
export type Touched = (kind: ReadModelDocumentKind, id: string) => void;
export const untouched: Touched = () => undefined;

/**
 * version = events in the aggregate's own stream, so it matches the API's expectedVersion; event
 * types a projection does not know still count.
 */
export function countStreamVersion(
  byId: ReadonlyMap<string, { id: string; version: number }>,
  streamPrefix: string,
  kind: ReadModelDocumentKind,
  event: RecordedEvent,
  touched: Touched,
): void {
  if (!event.streamId.startsWith(streamPrefix)) return;
  const view = byId.get(event.streamId.slice(streamPrefix.length));
  const version = event.revision + 1;
  if (!view || view.version === version) return;
  view.version = version;
  touched(kind, view.id);
}
