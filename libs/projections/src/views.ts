/**
 * Shapes the read side hands to the API. Figures that depend on the as-of moment (milestone
 * OVERDUE, progress roll-ups) are computed at query time from these stored facts.
 */
import type { PartnershipKind } from '@saferplan/domain/partnership/partnership.events';
import type { Rag } from '@saferplan/domain/action/action.events';
import type { FundingQueries } from './funding/funding-views';
import type { IndicatorQueries } from './plan-read-model/indicator/indicator-views';

export type ActionStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETED' | 'CANCELLED';
export type MilestoneStatus = 'PENDING' | 'REACHED' | 'OVERDUE';

export interface PartnershipView {
  id: string;
  name: string;
  kind: PartnershipKind;
  version: number; // events in the partnership's stream
  planIds: string[]; // oldest first
  registeredAt: string;
  /** Global position of the registration: partnerships are listed in this order. */
  registeredPosition: number;
  /** Structure over time (absent on documents saved before it existed: read as empty). */
  members?: MemberView[]; // current members, in joining order
  formerNames?: string[]; // oldest first
  mergedIntoId?: string | null; // the partnership this one continues as, once merged
  mergedOn?: string | null;
}

export interface MemberView {
  agency: string;
  responsibleAuthority: boolean;
  voting: boolean;
  joinedOn: string; // YYYY-MM-DD
}

export interface ActionPlanView {
  id: string;
  partnershipId: string;
  title: string;
  financialYear: string;
  version: number;
  priorityIds: string[]; // in the order they were added
}

export interface PriorityView {
  id: string;
  planId: string;
  partnershipId: string;
  financialYear: string;
  title: string;
  statutory: boolean;
  alignedToPriorityIds: string[]; // county / PCC priorities this one is aligned to
  actionIds: string[];
}

export interface MilestoneView {
  id: string;
  actionId: string;
  title: string;
  dueQuarter: string;
  reachedOn: string | null;
  evidence: string | null;
}

export interface QuarterlyUpdateView {
  quarter: string;
  rag: Rag;
  percentComplete: number;
  narrative: string;
  recordedAt: string; // when this version of the update was recorded
  recordedBy: string;
  /** Set when this is a correction of an earlier update for the same quarter. */
  correctionReason: string | null;
  /** Earlier versions for the same quarter, oldest first (kept for audit). */
  previousVersions: Array<Omit<QuarterlyUpdateView, 'previousVersions'>>;
  /**
   * Absent: the update counts (COUNTED). SUBMITTED waits for a coordinator's approval, RETURNED
   * was sent back with returnComment; neither counts in any figure (issue 17).
   */
  status?: 'SUBMITTED' | 'RETURNED';
  returnComment?: string | null;
  /** A correction recorded after the partnership closed the quarter ("changed after the board"). */
  afterClose?: boolean;
}

/** When the first version of an update was recorded: what decides whether it was late. */
export function firstRecordedAt(update: Pick<QuarterlyUpdateView, 'recordedAt' | 'previousVersions'>): string {
  return [update.recordedAt, ...(update.previousVersions ?? []).map((v) => v.recordedAt)].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/** The updates that count in figures: those approved, or never needing approval. */
export function countedUpdates<U extends Pick<QuarterlyUpdateView, 'status'>>(updates: readonly U[]): readonly U[] {
  return updates.some((update) => update.status !== undefined) ? updates.filter((update) => update.status === undefined) : updates;
}

export interface ActionView {
  id: string;
  planId: string;
  priorityId: string;
  partnershipId: string;
  financialYear: string;
  title: string;
  leadAgency: string;
  leadOfficer: string | null;
  fundingSource: string | null;
  budget: number | null;
  status: ActionStatus;
  percentComplete: number;
  milestones: MilestoneView[]; // in scheduling order
  updates: QuarterlyUpdateView[]; // current version per quarter, in quarter order
  version: number;
  /** When the action was marked completed / cancelled (recordedAt of that event), else null. */
  completedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  /** The person who owns the action (issue 16); absent or null when nobody does yet. */
  ownerId?: string | null;
}

export interface ProgressView {
  actions: number;
  completed: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  notStarted: number;
  milestones: number;
  milestonesReached: number;
  milestonesOverdue: number;
  percentComplete: number;
}

export interface PriorityProgressView {
  partnershipId: string;
  priorityId: string;
  progress: ProgressView;
}

export interface CountyPriorityProgressView {
  priorityId: string; // the county priority
  aligned: PriorityProgressView[]; // district priorities aligned to it, in the same financial year
  progress: ProgressView; // roll-up over the actions of all aligned district priorities
}

/**
 * What the API asks of the read side. One implementation answers from the live, checkpointed
 * read model; the same implementation, fed only the events recorded up to a moment, answers
 * "as recorded at that moment".
 */
// ---- funding (views in ./funding/funding-views.ts, folded by ./funding/funding.projection.ts) ----
export type { FundingAllocationView, FundingQueries, FundingSourceView, FundingSpendView } from './funding/funding-views';

// ---- indicators (views in ./plan-read-model/indicator/indicator-views.ts) ----
export type {
  IndicatorQueries,
  IndicatorQuarterView,
  IndicatorValueVersion,
  IndicatorView,
} from './plan-read-model/indicator/indicator-views';

export interface PlanQueries extends FundingQueries, IndicatorQueries {
  partnerships(): PartnershipView[];
  partnership(id: string): PartnershipView | undefined;
  actionPlan(id: string): ActionPlanView | undefined;
  priority(id: string): PriorityView | undefined;
  /** Ids of the priorities aligned to this one (any year, any partnership), in no set order. */
  prioritiesAlignedTo(priorityId: string): readonly string[];
  action(id: string): ActionView | undefined;
  /** `asOfDate` (YYYY-MM-DD, UK) decides which milestones count as overdue. */
  milestoneStatus(milestone: MilestoneView, asOfDate: string): MilestoneStatus;
  /**
   * With `quarter`, each action counts as it stood at that quarter's end (its update for it, the
   * milestones due by then: actionAtQuarter) rather than by its current figures.
   */
  priorityProgress(priorityId: string, asOfDate: string, quarter?: string): ProgressView;
  /**
   * The all-partnership answer (no partnershipId) and the county answer may be the same array
   * for the same question until the model next moves (plan-read-model/progress-answers.ts):
   * like every view handed out, treat them as read-only.
   */
  progress(filter: { partnershipId?: string; financialYear?: string }, asOfDate: string, quarter?: string): PriorityProgressView[];
  countyProgress(boardId: string, financialYear: string, asOfDate: string, quarter?: string): CountyPriorityProgressView[];
}
