import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { PlanQueries } from '../views';

/**
 * An instance's own appended events that the log has not delivered yet (the read model's wait
 * for them ran out: an earlier append, perhaps on another instance, is still in flight). Queries
 * are then answered from a copy of the model with these folded in on top, so the writer sees its
 * write; the model itself only ever folds the log in order, and the copy is dropped once the log
 * has delivered them. The copy costs a copy of the model, and only while something is pending.
 */
export class Provisional {
  private pending: RecordedEvent[] = [];
  private copy: { model: PlanReadModel; position: number; count: number; queries: PlanQueries } | null = null;

  add(events: RecordedEvent[]): void {
    this.pending = [...this.pending, ...events].sort((a, b) => a.position - b.position);
    this.copy = null;
  }

  /** The last pending position (0 when none): an own write the queries already show. */
  lastPosition(): number {
    return this.pending.length ? this.pending[this.pending.length - 1].position : 0;
  }

  /** The model itself when nothing is pending beyond `position`, else the copy with the pending events on top. */
  queries(model: PlanReadModel, position: number): PlanQueries {
    if (this.pending.length === 0) return model;
    this.pending = this.pending.filter((event) => event.position > position);
    if (this.pending.length === 0) {
      this.copy = null;
      return model;
    }
    if (this.copy?.model === model && this.copy.position === position && this.copy.count === this.pending.length) return this.copy.queries;
    this.copy = { model, position, count: this.pending.length, queries: withPending(model, this.pending) };
    return this.copy.queries;
  }
}

/** A deep copy of the model (documents cloned, so the live views are never touched) with `events` folded in. */
function withPending(model: PlanReadModel, events: RecordedEvent[]): PlanQueries {
  const copy = PlanReadModel.fromDocuments(structuredClone(model.toDocuments()));
  try {
    for (const event of events) copy.apply(event);
  } catch {
    // Folded out of order the events may not fit (a record an earlier event has not created yet):
    // then answer from the model as it is, as before.
    return model;
  }
  return copy;
}
