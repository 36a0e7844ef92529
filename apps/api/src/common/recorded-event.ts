import { ConflictError } from '@saferplan/domain';
import type { SaferPlanEvent } from '@saferplan/domain/events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

type DataOf<T extends SaferPlanEvent['type']> = Extract<SaferPlanEvent, { type: T }>['data'];

/**
 * The event of the given type among those a command recorded. Missing only when a client
 * re-sent a commandId it had used for a different change.
 */
export function recordedEventOf<T extends SaferPlanEvent['type']>(
  events: RecordedEvent[],
  type: T,
  commandId?: string | null,
): RecordedEvent<DataOf<T>> {
  const event = events.find((candidate) => candidate.type === type);
  if (!event) {
    throw new ConflictError(`commandId ${commandId ?? ''} was already used for a different change`, 'commandId');
  }
  return event as RecordedEvent<DataOf<T>>;
}
