import { streams } from '@saferplan/domain/events';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { PlanQueries } from '../views';

/**
 * The streams that hold everything about these partnerships: their own streams, their plans',
 * their actions', their funding sources', and those of partnerships aligned with them one hop
 * either way (a county board's view rolls up the district priorities aligned to it; a district
 * priority shows the county priority it serves). Found from the live model, which knows every
 * stream that ever existed: events are never deleted, so nothing as-of can be missing from it.
 */
export function streamsOfPartnerships(live: PlanQueries, partnershipIds: readonly string[]): string[] {
  const asked = partnershipIds.filter((id) => live.partnership(id));
  const partnerships = new Set(asked);
  for (const id of asked) {
    for (const priority of prioritiesOf(live, id)) {
      for (const target of priority.alignedToPriorityIds) {
        const aligned = live.priority(target);
        if (aligned) partnerships.add(aligned.partnershipId);
      }
    }
  }
  // The other direction: district priorities aligned to these partnerships' priorities (the
  // model's index, not a walk of every partnership: this runs before every as-of question).
  for (const id of asked) {
    for (const priority of prioritiesOf(live, id)) {
      for (const alignedId of live.prioritiesAlignedTo(priority.id)) {
        const aligned = live.priority(alignedId);
        if (aligned) partnerships.add(aligned.partnershipId);
      }
    }
  }
  const ids = new Set<string>();
  for (const id of partnerships) {
    ids.add(streams.partnership(id));
    for (const planId of live.partnership(id)!.planIds) ids.add(streams.actionPlan(planId));
    for (const priority of prioritiesOf(live, id)) for (const actionId of priority.actionIds) ids.add(streams.action(actionId));
    for (const source of live.fundingSources({ partnershipId: id })) ids.add(streams.fundingSource(source.id));
    for (const indicator of live.indicators({ partnershipId: id })) ids.add(streams.indicator(indicator.id));
  }
  return [...ids].sort();
}

function prioritiesOf(live: PlanQueries, partnershipId: string) {
  return (live.partnership(partnershipId)?.planIds ?? [])
    .flatMap((planId) => live.actionPlan(planId)?.priorityIds ?? [])
    .map((priorityId) => live.priority(priorityId))
    .filter((priority) => priority !== undefined);
}

/**
 * "As recorded at that moment" for some partnerships only: reads just their streams' events
 * recorded at or before `asOf` (one readAll naming the streams: an indexed query in the SQL
 * stores, a read of each named stream in KurrentDB), and folds them in global position order
 * through the same read model as the full-log replay, so its answers about these partnerships
 * are identical while the cost grows with their events alone.
 */
export async function readModelAsOfPartnerships(
  store: EventStore,
  live: PlanQueries,
  asOf: Date,
  partnershipIds: readonly string[],
): Promise<PlanReadModel> {
  return readModelAsOfStreams(store, streamsOfPartnerships(live, partnershipIds), asOf);
}

/**
 * The fold readModelAsOfPartnerships makes, given the streams already chosen: a heavy-read worker
 * has no live read model to choose them from, so the request thread chooses and the worker folds.
 */
export async function readModelAsOfStreams(store: EventStore, streamIds: readonly string[], asOf: Date): Promise<PlanReadModel> {
  if (Number.isNaN(asOf.getTime())) throw new RangeError('readModelAsOfPartnerships needs a valid Date');
  const events = await store.readAll({ filter: { streamIds: [...streamIds], recordedTo: asOf } });
  const model = new PlanReadModel();
  for (const event of events) model.apply(event);
  return model;
}
