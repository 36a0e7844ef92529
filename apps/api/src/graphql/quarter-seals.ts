import type { EventStore } from '@saferplan/event-store/event-store.port';
import { type QuarterSeals, readQuarterSeals } from '@saferplan/projections';

// One read of the seals per GraphQL request, however many records in the answer ask about them.
const sealsOfRequest = new WeakMap<object, Promise<QuarterSeals>>();

/**
 * The quarters' seals, for flagging records made after their quarter was sealed (afterSeal).
 * Read once per request (keyed by its context object) so a list of updates costs one read.
 */
export function quarterSealsFor(context: object | undefined, store: EventStore): Promise<QuarterSeals> {
  if (!context) return readQuarterSeals(store);
  let seals = sealsOfRequest.get(context);
  if (!seals) {
    seals = readQuarterSeals(store);
    sealsOfRequest.set(context, seals);
  }
  return seals;
}
