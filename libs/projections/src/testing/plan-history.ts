/**
 * Builds a recorded event log for specs in the domain's words, with the positions, per-stream
 * revisions and metadata a real store would give. The same events can be appended to a real
 * store (see newEvents) to check that the projector sees what the pure model sees.
 */
import { EVENT_SCHEMA_VERSIONS, type SaferPlanEvent, streams } from '@saferplan/domain/events';
import type { PartnershipKind } from '@saferplan/domain/partnership/partnership.events';
import type { Rag } from '@saferplan/domain/action/action.events';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';

export interface RecordOptions {
  /** When recorded; by default one minute after the previous event. */
  at?: string;
  actor?: string | null;
}

export class PlanHistory {
  readonly events: RecordedEvent[] = [];
  private readonly revisions = new Map<string, number>();
  private clock: number;

  constructor(start = '2017-04-03T09:00:00.000Z') {
    this.clock = Date.parse(start) - 60_000;
  }

  record(streamId: string, event: SaferPlanEvent | { type: string; data: unknown }, options: RecordOptions = {}): RecordedEvent {
    this.clock = options.at ? Date.parse(options.at) : this.clock + 60_000;
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    const recorded: RecordedEvent = {
      position: this.events.length + 1,
      streamId,
      revision,
      type: event.type,
      data: event.data,
      metadata: {
        eventId: `event-${this.events.length + 1}`,
        actorName: null,
      actor: options.actor === undefined ? 'coordinator@example.org' : options.actor,
        correlationId: `correlation-${this.events.length + 1}`,
        causationId: null,
        commandId: null,
        recordedAt: new Date(this.clock).toISOString(),
        schemaVersion: 1,
      },
    };
    this.events.push(recorded);
    return recorded;
  }

  registerPartnership(partnershipId: string, name: string, kind: PartnershipKind = 'COMMUNITY_SAFETY_PARTNERSHIP', options?: RecordOptions) {
    return this.record(streams.partnership(partnershipId), { type: 'PartnershipRegistered', data: { partnershipId, name, kind } }, options);
  }

  createPlan(
    planId: string,
    partnershipId: string,
    financialYear: string,
    title = `Action plan ${financialYear}`,
    partnershipKind: PartnershipKind = 'COMMUNITY_SAFETY_PARTNERSHIP',
    options?: RecordOptions,
  ) {
    return this.record(
      streams.actionPlan(planId),
      { type: 'ActionPlanCreated', data: { planId, partnershipId, partnershipKind, financialYear, title } },
      options,
    );
  }

  addPriority(planId: string, priorityId: string, title: string, statutory = false, options?: RecordOptions) {
    return this.record(streams.actionPlan(planId), { type: 'PriorityAdded', data: { planId, priorityId, title, statutory } }, options);
  }

  alignPriority(
    planId: string,
    priorityId: string,
    to: { priorityId: string; planId: string; partnershipId: string },
    options?: RecordOptions,
  ) {
    return this.record(
      streams.actionPlan(planId),
      {
        type: 'PriorityAligned',
        data: { planId, priorityId, alignedToPriorityId: to.priorityId, alignedToPlanId: to.planId, alignedToPartnershipId: to.partnershipId },
      },
      options,
    );
  }

  createAction(
    actionId: string,
    where: { planId: string; partnershipId: string; priorityId: string; financialYear: string },
    details: { title?: string; leadAgency?: string; leadOfficer?: string | null; fundingSource?: string | null; budget?: number | null } = {},
    options?: RecordOptions,
  ) {
    return this.record(
      streams.action(actionId),
      {
        type: 'ActionCreated',
        data: {
          actionId,
          ...where,
          title: details.title ?? `Action ${actionId}`,
          leadAgency: details.leadAgency ?? 'Leicestershire Police',
          leadOfficer: details.leadOfficer ?? null,
          fundingSource: details.fundingSource ?? null,
          budget: details.budget ?? null,
        },
      },
      options,
    );
  }

  scheduleMilestone(actionId: string, milestoneId: string, dueQuarter: string, title = `Milestone ${milestoneId}`, options?: RecordOptions) {
    return this.record(streams.action(actionId), { type: 'MilestoneScheduled', data: { actionId, milestoneId, title, dueQuarter } }, options);
  }

  reachMilestone(actionId: string, milestoneId: string, reachedOn: string, evidence: string | null = null, options?: RecordOptions) {
    return this.record(streams.action(actionId), { type: 'MilestoneReached', data: { actionId, milestoneId, reachedOn, evidence } }, options);
  }

  recordUpdate(actionId: string, quarter: string, rag: Rag, percentComplete: number, narrative = 'Progress as planned', options?: RecordOptions) {
    return this.record(
      streams.action(actionId),
      { type: 'QuarterlyUpdateRecorded', data: { actionId, quarter, rag, percentComplete, narrative } },
      options,
    );
  }

  correctUpdate(
    actionId: string,
    quarter: string,
    rag: Rag,
    percentComplete: number,
    reason: string,
    narrative = 'Corrected figures',
    options?: RecordOptions,
  ) {
    return this.record(
      streams.action(actionId),
      { type: 'QuarterlyUpdateCorrected', data: { actionId, quarter, rag, percentComplete, narrative, reason } },
      options,
    );
  }

  completeAction(actionId: string, options?: RecordOptions) {
    return this.record(streams.action(actionId), { type: 'ActionCompleted', data: { actionId } }, options);
  }

  cancelAction(actionId: string, reason: string, options?: RecordOptions) {
    return this.record(streams.action(actionId), { type: 'ActionCancelled', data: { actionId, reason } }, options);
  }
}

/** The NewEvent a store's append takes for a recorded spec event. */
export function newEventOf(event: RecordedEvent): { type: string; data: unknown; schemaVersion: number } {
  const schemaVersion = (EVENT_SCHEMA_VERSIONS as Record<string, number>)[event.type] ?? 1;
  return { type: event.type, data: event.data, schemaVersion };
}

/**
 * Appends spec events to a real store one by one, with their recordedAt and actor; returns the
 * last position. `onStored` sees each event as the store recorded it (with its position).
 */
export async function appendToStore(store: EventStore, events: RecordedEvent[], onStored?: (event: RecordedEvent) => void): Promise<number> {
  let position = 0;
  for (const event of events) {
    const result = await store.append(event.streamId, [newEventOf(event)], {
      expectedRevision: event.revision === 0 ? 'no_stream' : event.revision - 1,
      recordedAt: new Date(event.metadata.recordedAt),
      actor: event.metadata.actor,
    });
    onStored?.(result.events[0]);
    position = result.position;
  }
  return position;
}

/** The read model the pure fold gives for every event of a spec history. */
export function foldedModel(history: PlanHistory): PlanReadModel {
  const model = new PlanReadModel();
  for (const event of history.events) model.apply(event);
  return model;
}
