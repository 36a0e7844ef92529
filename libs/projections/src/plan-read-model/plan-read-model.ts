import { type SaferPlanEvent, isSaferPlanEventType, streams } from '@saferplan/domain/events';
import { compareQuarters, hasQuarterEnded } from '@saferplan/domain/shared/financial-year';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type {
  ActionPlanView,
  ActionView,
  CountyPriorityProgressView,
  MilestoneStatus,
  MilestoneView,
  PartnershipView,
  PlanQueries,
  PriorityProgressView,
  PriorityView,
  ProgressView,
  QuarterlyUpdateView,
} from '../views';
import {
  type ActionLifecycle,
  type QuarterEnded,
  ProgressTally,
  actionFigures,
  emptyProgress,
  milestoneStatus,
  quarterEndedOn,
} from './progress';
import { DOCUMENT_KINDS, type ReadModelDocument, type ReadModelDocumentKind } from './read-model-documents';
import { FundingReadModel } from '../funding/funding-read-model';
import { applyStructureChange } from './partnership-structure';
import type { FundingSourceView } from '../funding/funding-views';
import { SharedStrings } from './shared-strings';

// Distributes over the union, so a switch on `type` narrows `data`.
type Recorded<E extends SaferPlanEvent> = E extends SaferPlanEvent ? RecordedEvent<E['data']> & { type: E['type'] } : never;
type On<T extends SaferPlanEvent['type']> = Recorded<Extract<SaferPlanEvent, { type: T }>>;

// Derived from the domain's stream names so a version always counts the events of the aggregate's
// own stream, including event types this model does not know yet.
const STREAM_PREFIX = {
  partnership: streams.partnership(''),
  plan: streams.actionPlan(''),
  action: streams.action(''),
} as const;

/**
 * The whole read side in memory: Maps keyed by id, updated in place by `apply`, figures worked
 * out per query from the stored facts (so the as-of date only matters when asking). The same
 * class serves the live checkpointed model, as-of replays and rebuilds; it never touches I/O.
 *
 * Views handed out are the model's own objects, for speed: callers must treat them as read-only.
 * Every change marks its document dirty, so the store writes only what changed since the last
 * save (changedDocuments / markSaved).
 */
export class PlanReadModel implements PlanQueries {
  private readonly partnershipsById = new Map<string, PartnershipView>();
  private readonly plansById = new Map<string, ActionPlanView>();
  private readonly prioritiesById = new Map<string, PriorityView>();
  private readonly actionsById = new Map<string, ActionView>();
  /** Registration order; positions only grow, so appending keeps it sorted. */
  private readonly partnershipOrder: PartnershipView[] = [];
  /**
   * priority id -> its actions, in priority.actionIds order. Derived, never stored: following
   * object references instead of looking 35,000 ids up keeps a full progress query ~5x faster.
   */
  private readonly actionsOfPriority = new Map<string, ActionView[]>();
  /** county / PCC priority id -> ids of the priorities aligned to it. Derived, never stored. */
  private readonly alignedTo = new Map<string, Set<string>>();
  private readonly dirty: Record<ReadModelDocumentKind, Set<string>> = {
    partnership: new Set(),
    plan: new Set(),
    priority: new Set(),
    action: new Set(),
    fundingSource: new Set(),
  };
  /** Funding sources: their own small model, persisted as 'fundingSource' documents. */
  private readonly funding = new FundingReadModel((id) => this.dirty.fundingSource.add(id));

  static fromDocuments(documents: Iterable<ReadModelDocument>): PlanReadModel {
    const model = new PlanReadModel();
    const strings = new SharedStrings();
    for (const document of documents) model.load(document, strings);
    model.partnershipOrder.sort((a, b) => a.registeredPosition - b.registeredPosition);
    for (const priority of model.prioritiesById.values()) {
      const actions: ActionView[] = [];
      for (const id of priority.actionIds) {
        const action = model.actionsById.get(id);
        if (action) actions.push(action);
      }
      model.actionsOfPriority.set(priority.id, actions);
    }
    return model;
  }

  /** Folds one recorded event in. Unknown event types only move the version of their stream. */
  apply(event: RecordedEvent): void {
    if (isSaferPlanEventType(event.type)) this.applyDomainEvent(event as Recorded<SaferPlanEvent>);
    this.countStreamVersion(event);
    this.funding.apply(event);
  }

  // ---- persistence ----

  /** Every document, parents first, then by id: a stable order for storing and comparing. */
  toDocuments(): ReadModelDocument[] {
    const byId = <T extends { id: string }>(views: Iterable<T>): T[] => [...views].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [
      ...byId(this.partnershipsById.values()).map((doc) => ({ kind: 'partnership' as const, id: doc.id, doc })),
      ...byId(this.plansById.values()).map((doc) => ({ kind: 'plan' as const, id: doc.id, doc })),
      ...byId(this.prioritiesById.values()).map((doc) => ({ kind: 'priority' as const, id: doc.id, doc })),
      ...byId(this.actionsById.values()).map((doc) => ({ kind: 'action' as const, id: doc.id, doc })),
      ...byId(this.funding.all()).map((doc) => ({ kind: 'fundingSource' as const, id: doc.id, doc })),
    ];
  }

  /** Documents changed since the last markSaved(), parents first. */
  changedDocuments(): ReadModelDocument[] {
    const changed: ReadModelDocument[] = [];
    for (const kind of DOCUMENT_KINDS) {
      for (const id of this.dirty[kind]) {
        const document = this.documentOf(kind, id);
        if (document) changed.push(document);
      }
    }
    return changed;
  }

  get hasChanges(): boolean {
    return DOCUMENT_KINDS.some((kind) => this.dirty[kind].size > 0);
  }

  /** Call once the changed documents are durably stored. */
  markSaved(): void {
    for (const kind of DOCUMENT_KINDS) this.dirty[kind].clear();
  }

  get size(): { partnerships: number; plans: number; priorities: number; actions: number } {
    return {
      partnerships: this.partnershipsById.size,
      plans: this.plansById.size,
      priorities: this.prioritiesById.size,
      actions: this.actionsById.size,
    };
  }

  // ---- PlanQueries ----

  partnerships(): PartnershipView[] {
    return [...this.partnershipOrder];
  }

  partnership(id: string): PartnershipView | undefined {
    return this.partnershipsById.get(id);
  }

  actionPlan(id: string): ActionPlanView | undefined {
    return this.plansById.get(id);
  }

  priority(id: string): PriorityView | undefined {
    return this.prioritiesById.get(id);
  }

  action(id: string): ActionView | undefined {
    return this.actionsById.get(id);
  }

  fundingSource(id: string): FundingSourceView | undefined {
    return this.funding.fundingSource(id);
  }

  fundingSources(filter: { partnershipId?: string; financialYear?: string }): FundingSourceView[] {
    return this.funding.fundingSources(filter);
  }

  milestoneStatus(milestone: MilestoneView, asOfDate: string): MilestoneStatus {
    return milestoneStatus(milestone, (quarter) => hasQuarterEnded(quarter, asOfDate));
  }

  priorityProgress(priorityId: string, asOfDate: string): ProgressView {
    const priority = this.prioritiesById.get(priorityId);
    return priority ? this.progressOfPriorities([priority], quarterEndedOn(asOfDate)) : emptyProgress();
  }

  progress(filter: { partnershipId?: string; financialYear?: string }, asOfDate: string): PriorityProgressView[] {
    const quarterEnded = quarterEndedOn(asOfDate);
    const rows: PriorityProgressView[] = [];
    const partnerships =
      filter.partnershipId === undefined ? this.partnershipOrder : [this.partnershipsById.get(filter.partnershipId)];
    for (const partnership of partnerships) {
      if (!partnership) continue;
      for (const plan of this.plansOf(partnership)) {
        if (filter.financialYear !== undefined && plan.financialYear !== filter.financialYear) continue;
        for (const priority of this.prioritiesOf(plan)) {
          rows.push({
            partnershipId: partnership.id,
            priorityId: priority.id,
            progress: this.progressOfPriorities([priority], quarterEnded),
          });
        }
      }
    }
    return rows;
  }

  /**
   * The SOG view. Only a county strategy board has one: any other partnership, or a board with no
   * plan for the year, answers an empty list and the API decides what that means.
   */
  countyProgress(boardId: string, financialYear: string, asOfDate: string): CountyPriorityProgressView[] {
    const board = this.partnershipsById.get(boardId);
    if (!board || board.kind !== 'COUNTY_STRATEGY_BOARD') return [];
    const plan = this.plansOf(board).find((candidate) => candidate.financialYear === financialYear);
    if (!plan) return [];
    const quarterEnded = quarterEndedOn(asOfDate);
    return this.prioritiesOf(plan).map((countyPriority) => {
      const aligned = this.alignedPriorities(countyPriority.id, financialYear);
      return {
        priorityId: countyPriority.id,
        aligned: aligned.map((priority) => ({
          partnershipId: priority.partnershipId,
          priorityId: priority.id,
          progress: this.progressOfPriorities([priority], quarterEnded),
        })),
        progress: this.progressOfPriorities(aligned, quarterEnded),
      };
    });
  }

  // ---- queries: helpers ----

  private plansOf(partnership: PartnershipView): ActionPlanView[] {
    const plans: ActionPlanView[] = [];
    for (const id of partnership.planIds) {
      const plan = this.plansById.get(id);
      if (plan) plans.push(plan);
    }
    return plans;
  }

  private prioritiesOf(plan: ActionPlanView): PriorityView[] {
    const priorities: PriorityView[] = [];
    for (const id of plan.priorityIds) {
      const priority = this.prioritiesById.get(id);
      if (priority) priorities.push(priority);
    }
    return priorities;
  }

  /** Priorities of that financial year aligned to the target, in the same order as progress(). */
  private alignedPriorities(targetPriorityId: string, financialYear: string): PriorityView[] {
    const ids = this.alignedTo.get(targetPriorityId);
    if (!ids) return [];
    const rows: Array<{ priority: PriorityView; order: [number, number, number] }> = [];
    for (const id of ids) {
      const priority = this.prioritiesById.get(id);
      if (!priority || priority.financialYear !== financialYear) continue;
      const partnership = this.partnershipsById.get(priority.partnershipId);
      const plan = this.plansById.get(priority.planId);
      rows.push({
        priority,
        order: [
          partnership?.registeredPosition ?? Number.MAX_SAFE_INTEGER,
          partnership ? partnership.planIds.indexOf(priority.planId) : -1,
          plan ? plan.priorityIds.indexOf(priority.id) : -1,
        ],
      });
    }
    rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
    return rows.map((row) => row.priority);
  }

  /** Roll-up over the actions of these priorities; an action reachable twice is counted once. */
  private progressOfPriorities(priorities: PriorityView[], quarterEnded: QuarterEnded): ProgressView {
    const tally = new ProgressTally(quarterEnded);
    const counted = priorities.length > 1 ? new Set<string>() : null;
    for (const priority of priorities) {
      const actions = this.actionsOfPriority.get(priority.id);
      if (!actions) continue;
      for (const action of actions) {
        if (counted) {
          if (counted.has(action.id)) continue;
          counted.add(action.id);
        }
        tally.add(action);
      }
    }
    return tally.result();
  }

  // ---- folding events ----

  private applyDomainEvent(event: Recorded<SaferPlanEvent>): void {
    switch (event.type) {
      case 'PartnershipRegistered':
        return this.onPartnershipRegistered(event);
      case 'MemberJoined':
      case 'MemberLeft':
      case 'PartnershipRenamed':
      case 'PartnershipMerged':
        return this.changePartnership(event.data.partnershipId, (partnership) => applyStructureChange(partnership, event));
      case 'ActionPlanCreated':
        return this.onActionPlanCreated(event);
      case 'PriorityAdded':
        return this.onPriorityAdded(event);
      case 'PriorityAligned':
        return this.onPriorityAligned(event);
      case 'ActionCreated':
        return this.onActionCreated(event);
      case 'MilestoneScheduled':
        return this.onMilestoneScheduled(event);
      case 'MilestoneReached':
        return this.onMilestoneReached(event);
      case 'QuarterlyUpdateRecorded':
        return this.onQuarterlyUpdate(event, null);
      case 'QuarterlyUpdateCorrected':
        return this.onQuarterlyUpdate(event, event.data.reason);
      case 'ActionCompleted':
        return this.changeAction(event.data.actionId, (action) => {
          action.completedAt = event.metadata.recordedAt;
        });
      case 'ActionCancelled':
        return this.changeAction(event.data.actionId, (action) => {
          action.cancelledAt = event.metadata.recordedAt;
          action.cancellationReason = event.data.reason;
        });
    }
  }

  private onPartnershipRegistered(event: On<'PartnershipRegistered'>): void {
    const { partnershipId, name, kind } = event.data;
    if (this.partnershipsById.has(partnershipId)) return;
    const partnership: PartnershipView = {
      id: partnershipId,
      name,
      kind,
      version: 0,
      planIds: [],
      registeredAt: event.metadata.recordedAt,
      registeredPosition: event.position,
    };
    this.partnershipsById.set(partnershipId, partnership);
    this.partnershipOrder.push(partnership);
    this.dirty.partnership.add(partnershipId);
  }

  private changePartnership(partnershipId: string, change: (partnership: PartnershipView) => void): void {
    const partnership = this.partnershipsById.get(partnershipId);
    if (!partnership) return;
    change(partnership);
    this.dirty.partnership.add(partnershipId);
  }

  private onActionPlanCreated(event: On<'ActionPlanCreated'>): void {
    const { planId, partnershipId, financialYear, title } = event.data;
    if (this.plansById.has(planId)) return;
    this.plansById.set(planId, { id: planId, partnershipId, title, financialYear, version: 0, priorityIds: [] });
    this.dirty.plan.add(planId);
    const partnership = this.partnershipsById.get(partnershipId);
    if (partnership && !partnership.planIds.includes(planId)) {
      partnership.planIds.push(planId);
      this.dirty.partnership.add(partnershipId);
    }
  }

  private onPriorityAdded(event: On<'PriorityAdded'>): void {
    const { planId, priorityId, title, statutory } = event.data;
    if (this.prioritiesById.has(priorityId)) return;
    const plan = this.plansById.get(planId);
    this.prioritiesById.set(priorityId, {
      id: priorityId,
      planId,
      // Copied from the plan so a priority alone answers "whose and which year" without lookups.
      partnershipId: plan?.partnershipId ?? '',
      financialYear: plan?.financialYear ?? '',
      title,
      statutory,
      alignedToPriorityIds: [],
      actionIds: [],
    });
    this.actionsOfPriority.set(priorityId, []);
    this.dirty.priority.add(priorityId);
    if (plan && !plan.priorityIds.includes(priorityId)) {
      plan.priorityIds.push(priorityId);
      this.dirty.plan.add(planId);
    }
  }

  private onPriorityAligned(event: On<'PriorityAligned'>): void {
    const { priorityId, alignedToPriorityId } = event.data;
    const priority = this.prioritiesById.get(priorityId);
    if (!priority || priority.alignedToPriorityIds.includes(alignedToPriorityId)) return;
    priority.alignedToPriorityIds.push(alignedToPriorityId);
    this.indexAlignment(priorityId, alignedToPriorityId);
    this.dirty.priority.add(priorityId);
  }

  private onActionCreated(event: On<'ActionCreated'>): void {
    const data = event.data;
    if (this.actionsById.has(data.actionId)) return;
    const action: ActionView = {
      id: data.actionId,
      planId: data.planId,
      priorityId: data.priorityId,
      partnershipId: data.partnershipId,
      financialYear: data.financialYear,
      title: data.title,
      leadAgency: data.leadAgency,
      leadOfficer: data.leadOfficer ?? null,
      fundingSource: data.fundingSource ?? null,
      budget: data.budget ?? null,
      status: 'NOT_STARTED',
      percentComplete: 0,
      milestones: [],
      updates: [],
      version: 0,
      completedAt: null,
      cancelledAt: null,
      cancellationReason: null,
    };
    this.actionsById.set(action.id, action);
    this.dirty.action.add(action.id);
    const priority = this.prioritiesById.get(data.priorityId);
    if (priority && !priority.actionIds.includes(action.id)) {
      priority.actionIds.push(action.id);
      this.actionsOfPriority.get(priority.id)?.push(action);
      this.dirty.priority.add(priority.id);
    }
  }

  private onMilestoneScheduled(event: On<'MilestoneScheduled'>): void {
    const { actionId, milestoneId, title, dueQuarter } = event.data;
    this.changeAction(actionId, (action) => {
      if (action.milestones.some((milestone) => milestone.id === milestoneId)) return;
      action.milestones.push({ id: milestoneId, actionId, title, dueQuarter, reachedOn: null, evidence: null });
    });
  }

  private onMilestoneReached(event: On<'MilestoneReached'>): void {
    const { actionId, milestoneId, reachedOn, evidence } = event.data;
    this.changeAction(actionId, (action) => {
      const milestone = action.milestones.find((candidate) => candidate.id === milestoneId);
      if (!milestone) return;
      milestone.reachedOn = reachedOn;
      milestone.evidence = evidence ?? null;
    });
  }

  /**
   * A recorded update, or a correction (reason set) that becomes the quarter's current figures
   * while the version it replaces moves, oldest first, into previousVersions.
   */
  private onQuarterlyUpdate(event: On<'QuarterlyUpdateRecorded'> | On<'QuarterlyUpdateCorrected'>, correctionReason: string | null): void {
    const { actionId, quarter, rag, percentComplete, narrative } = event.data;
    this.changeAction(actionId, (action) => {
      const update: QuarterlyUpdateView = {
        quarter,
        rag,
        percentComplete,
        narrative,
        recordedAt: event.metadata.recordedAt,
        recordedBy: event.metadata.actor ?? 'anonymous',
        correctionReason,
        previousVersions: [],
      };
      const index = action.updates.findIndex((existing) => compareQuarters(existing.quarter, quarter) >= 0);
      if (index === -1) {
        action.updates.push(update);
      } else if (action.updates[index].quarter === quarter) {
        const { previousVersions, ...replaced } = action.updates[index];
        update.previousVersions = [...previousVersions, replaced];
        action.updates[index] = update;
      } else {
        action.updates.splice(index, 0, update);
      }
    });
  }

  /** Applies a change to an action, then refreshes its status and percentComplete. */
  private changeAction(actionId: string, change: (action: ActionView) => void): void {
    const action = this.actionsById.get(actionId);
    if (!action) return;
    change(action);
    const lifecycle: ActionLifecycle =
      action.cancelledAt !== null ? 'cancelled' : action.completedAt !== null ? 'completed' : 'open';
    const { status, percentComplete } = actionFigures(lifecycle, action.updates[action.updates.length - 1]);
    action.status = status;
    action.percentComplete = percentComplete;
    this.dirty.action.add(actionId);
  }

  /** version = events in the aggregate's stream, so it matches the API's expectedVersion. */
  private countStreamVersion(event: RecordedEvent): void {
    const version = event.revision + 1;
    const { streamId } = event;
    // Longest prefix first: "actionplan-" must not be read as an action stream.
    if (streamId.startsWith(STREAM_PREFIX.plan)) {
      this.setVersion(this.plansById.get(streamId.slice(STREAM_PREFIX.plan.length)), version, 'plan');
    } else if (streamId.startsWith(STREAM_PREFIX.partnership)) {
      this.setVersion(this.partnershipsById.get(streamId.slice(STREAM_PREFIX.partnership.length)), version, 'partnership');
    } else if (streamId.startsWith(STREAM_PREFIX.action)) {
      this.setVersion(this.actionsById.get(streamId.slice(STREAM_PREFIX.action.length)), version, 'action');
    }
  }

  private setVersion(view: { id: string; version: number } | undefined, version: number, kind: ReadModelDocumentKind): void {
    if (!view || view.version === version) return;
    view.version = version;
    this.dirty[kind].add(view.id);
  }

  private indexAlignment(priorityId: string, alignedToPriorityId: string): void {
    let aligned = this.alignedTo.get(alignedToPriorityId);
    if (!aligned) {
      aligned = new Set();
      this.alignedTo.set(alignedToPriorityId, aligned);
    }
    aligned.add(priorityId);
  }

  // ---- loading documents ----

  private load(document: ReadModelDocument, strings: SharedStrings): void {
    switch (document.kind) {
      case 'partnership':
        this.partnershipsById.set(document.id, document.doc);
        this.partnershipOrder.push(document.doc);
        return;
      case 'plan':
        this.plansById.set(document.id, document.doc);
        return;
      case 'priority':
        this.prioritiesById.set(document.id, document.doc);
        for (const target of document.doc.alignedToPriorityIds) this.indexAlignment(document.id, target);
        return;
      case 'action':
        strings.shareAction(document.doc);
        this.actionsById.set(document.id, document.doc);
        return;
      case 'fundingSource':
        this.funding.load(document.doc);
        return;
      default:
        throw new Error(`read model: unknown document kind "${(document as { kind: string }).kind}"`);
    }
  }

  private documentOf(kind: ReadModelDocumentKind, id: string): ReadModelDocument | undefined {
    switch (kind) {
      case 'partnership': {
        const doc = this.partnershipsById.get(id);
        return doc && { kind, id, doc };
      }
      case 'plan': {
        const doc = this.plansById.get(id);
        return doc && { kind, id, doc };
      }
      case 'priority': {
        const doc = this.prioritiesById.get(id);
        return doc && { kind, id, doc };
      }
      case 'action': {
        const doc = this.actionsById.get(id);
        return doc && { kind, id, doc };
      }
      case 'fundingSource': {
        const doc = this.funding.fundingSource(id);
        return doc && { kind, id, doc };
      }
    }
  }
}
