import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';

/**
 * "As recorded at that moment": the read model folded from only the events whose recordedAt is
 * at or before `asOf`. The whole log is scanned rather than stopping at the first later event,
 * because recordedAt is the writer's clock (the demo and imports pin it), so it need not grow
 * with position. Cost is proportional to the whole log; the function boundary is kept so a
 * per-partnership version can replace it without touching callers.
 */
export async function readModelAsOf(store: EventStore, asOf: Date, pageSize = 1000): Promise<PlanReadModel> {
  const limit = asOf.getTime();
  if (Number.isNaN(limit)) throw new RangeError('readModelAsOf needs a valid Date');
  const model = new PlanReadModel();
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.length === 0) break;
    for (const event of page) {
      if (Date.parse(event.metadata.recordedAt) <= limit) model.apply(event);
    }
    after = page[page.length - 1].position;
  }
  return model;
}
