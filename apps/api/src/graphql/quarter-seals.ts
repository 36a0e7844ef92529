import type { EventStore } from '@saferplan/event-store/event-store.port';
import { type QuarterSeals, type SealMark, readQuarterSeals } from '@saferplan/projections';

// Per GraphQL request (keyed by its context object), each quarter's seal is read once, however
// many records in the answer ask about it.
const sealsOfRequest = new WeakMap<object, Map<string, Promise<SealMark | undefined>>>();

/** The seals of these quarters, for flagging records made after their quarter was sealed (afterSeal). */
export async function quarterSealsFor(context: object | undefined, store: EventStore, quarters: Iterable<string>): Promise<QuarterSeals> {
  if (!context) return readQuarterSeals(store, quarters);
  let known = sealsOfRequest.get(context);
  if (!known) {
    known = new Map();
    sealsOfRequest.set(context, known);
  }
  const seals = new Map<string, SealMark>();
  for (const quarter of new Set(quarters)) {
    let seal = known.get(quarter);
    if (!seal) {
      seal = readQuarterSeals(store, [quarter]).then((found) => found.get(quarter));
      known.set(quarter, seal);
    }
    const mark = await seal;
    if (mark) seals.set(quarter, mark);
  }
  return seals;
}
