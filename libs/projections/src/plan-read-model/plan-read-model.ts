import { hasQuarterEnded } from '@saferplan/domain/shared/financial-year';
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
} from '../views';
import type { FundingSourceView } from '../funding/funding-views';
import { evolveFunding } from '../funding/funding.projection';
import { fundingSources } from '../funding/funding.queries';
import { evolveActions } from './action/action.projection';
import { evolveIndicators } from './indicator/indicator.projection';
import { indicatorDistricts, indicatorQuarters, indicators } from './indicator/indicator.queries';
import type { IndicatorQuarterView, IndicatorView } from './indicator/indicator-views';
import { ChangedDocuments } from './documents/changed-documents';
import { documentOf, documentsOf, viewsFromDocuments } from './documents/plan-documents';
import { evolvePartnerships } from './partnership/partnership.projection';
import { evolvePlans } from './plan/plan.projection';
import { countyProgress, priorityProgress, progress } from './plan/progress.queries';
import { type PlanViews, initialPlanViews } from './plan-views';
import { milestoneStatus } from './progress';
import type { ReadModelDocument } from './read-model-documents';
import type { Touched } from './projection';
import { ProgressAnswers, answerKey } from './progress-answers';
import { type PriorityRollups, evolveRollups, rollupsOf } from './rollup/priority-rollups';

/**
 * The whole read side in memory: the partnership, plan-and-priority, action and funding views,
 * each folded by its own projection, with the queries over them and the record of which
 * documents changed since the last save. The same class serves the live checkpointed model,
 * as-of replays and rebuilds; it never touches I/O.
 *
 * Views handed out are the model's own objects, for speed: callers must treat them as read-only.
 */
export class PlanReadModel implements PlanQueries {
  private readonly changes = new ChangedDocuments();
  /**
   * Each priority's figures added up (rollup/priority-rollups.ts): made on the first progress
   * query, then kept in step by apply(). A replay or rebuild that is never asked for progress
   * never pays for them, and one that is asks once, at the cost of one walk.
   */
  private rollups: PriorityRollups | null = null;
  /** Actions the event being applied touched, whose roll-up contribution is then refreshed. */
  private readonly touchedActions: string[] = [];
  /** The all-partnership and county answers at the current position (progress-answers.ts). */
  private readonly progressAnswers = new ProgressAnswers();
  private readonly touched: Touched = (kind, id) => {
    this.changes.mark(kind, id);
    if (kind === 'action' && this.rollups) this.touchedActions.push(id);
  };

  constructor(private readonly views: PlanViews = initialPlanViews()) {}

  static fromDocuments(documents: Iterable<ReadModelDocument>): PlanReadModel {
    return new PlanReadModel(viewsFromDocuments(documents));
  }

  /** Folds one recorded event in. Unknown event types only move the version of their stream. */
  apply(event: RecordedEvent): void {
    const { views, touched, touchedActions } = this;
    this.progressAnswers.clear();
    evolvePartnerships(views.partnerships, event, touched);
    evolvePlans(views.plans, event, touched);
    evolveActions(views.actions, event, touched);
    evolveFunding(views.funding, event, touched);
    evolveIndicators(views.indicators, event, touched);
    if (touchedActions.length === 0) return;
    for (const actionId of touchedActions) evolveRollups(this.rollups!, actionId, views.actions.byId.get(actionId));
    touchedActions.length = 0;
  }

  // ---- persistence ----

  /** Every document, parents first, then by id: a stable order for storing and comparing. */
  toDocuments(): ReadModelDocument[] {
    return documentsOf(this.views);
  }

  /** Documents changed since the last markSaved(), parents first. */
  changedDocuments(): ReadModelDocument[] {
    const changed: ReadModelDocument[] = [];
    for (const { kind, id } of this.changes.keys()) {
      const document = documentOf(this.views, kind, id);
      if (document) changed.push(document);
    }
    return changed;
  }

  get hasChanges(): boolean {
    return this.changes.any;
  }

  /** Call once the changed documents are durably stored. */
  markSaved(): void {
    this.changes.clear();
  }

  get size(): { partnerships: number; plans: number; priorities: number; actions: number } {
    return {
      partnerships: this.views.partnerships.byId.size,
      plans: this.views.plans.plansById.size,
      priorities: this.views.plans.prioritiesById.size,
      actions: this.views.actions.byId.size,
    };
  }

  private currentRollups(): PriorityRollups {
    this.rollups ??= rollupsOf(this.views.actions.byId.values());
    return this.rollups;
  }

  // ---- PlanQueries ----

  partnerships(): PartnershipView[] {
    return [...this.views.partnerships.inOrder];
  }

  partnership(id: string): PartnershipView | undefined {
    return this.views.partnerships.byId.get(id);
  }

  actionPlan(id: string): ActionPlanView | undefined {
    return this.views.plans.plansById.get(id);
  }

  priority(id: string): PriorityView | undefined {
    return this.views.plans.prioritiesById.get(id);
  }

  prioritiesAlignedTo(priorityId: string): readonly string[] {
    const aligned = this.views.plans.alignedTo.get(priorityId);
    return aligned ? [...aligned] : [];
  }

  action(id: string): ActionView | undefined {
    return this.views.actions.byId.get(id);
  }

  fundingSource(id: string): FundingSourceView | undefined {
    return this.views.funding.byId.get(id);
  }

  fundingSources(filter: { partnershipId?: string; financialYear?: string }): FundingSourceView[] {
    return fundingSources(this.views.funding, filter);
  }

  indicator(id: string): IndicatorView | undefined {
    return this.views.indicators.byId.get(id);
  }

  indicators(filter: { partnershipId?: string; financialYear?: string; priorityId?: string }): IndicatorView[] {
    return indicators(this.views, filter);
  }

  indicatorQuarters(indicator: IndicatorView): IndicatorQuarterView[] {
    return indicatorQuarters(this.views, indicator);
  }

  indicatorDistricts(indicator: IndicatorView): IndicatorView[] {
    return indicatorDistricts(this.views, indicator);
  }

  milestoneStatus(milestone: MilestoneView, asOfDate: string): MilestoneStatus {
    return milestoneStatus(milestone, (quarter) => hasQuarterEnded(quarter, asOfDate));
  }

  priorityProgress(priorityId: string, asOfDate: string, quarter?: string): ProgressView {
    return priorityProgress(this.views, priorityId, asOfDate, quarter, this.currentRollups());
  }

  progress(
    filter: { partnershipId?: string; financialYear?: string },
    asOfDate: string,
    quarter?: string,
  ): PriorityProgressView[] {
    // One partnership's rows are cheap to compute; only the all-partnership answer is kept.
    if (filter.partnershipId !== undefined) return progress(this.views, filter, asOfDate, quarter, this.currentRollups());
    return this.progressAnswers.answer(answerKey('progress', filter.financialYear, asOfDate, quarter), () =>
      progress(this.views, filter, asOfDate, quarter, this.currentRollups()),
    );
  }

  countyProgress(
    boardId: string,
    financialYear: string,
    asOfDate: string,
    quarter?: string,
  ): CountyPriorityProgressView[] {
    return this.progressAnswers.answer(answerKey('countyProgress', boardId, financialYear, asOfDate, quarter), () =>
      countyProgress(this.views, boardId, financialYear, asOfDate, quarter, this.currentRollups()),
    );
  }
}
