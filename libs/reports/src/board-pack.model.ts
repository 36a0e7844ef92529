import { compareQuarters, financialYearOfQuarter, type Rag } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { ActionStatus, ActionView, PartnershipView, PlanQueries, ProgressView, QuarterlyUpdateView } from '@saferplan/projections';
import { findSeal } from '@saferplan/event-store/audit/audit-checks';
import { type BoardPackIndicator, indicatorsOf } from './board-pack.indicators';

/**
 * The quarterly board pack as plain data: what the partnership board or the county SOG reads
 * before its meeting. Built from one read scope, so a pack "as recorded at" a moment is exactly
 * what the model held then; the XLSX, HTML and PDF renderings only lay this out.
 */
export interface BoardPackActionRow {
  priority: string;
  action: string;
  leadAgency: string;
  leadOfficer: string | null;
  status: ActionStatus;
  percentComplete: number;
  /** The update for the pack's quarter; null when none is recorded (a missing update). */
  update: { rag: Rag; percentComplete: number; narrative: string; recordedAt: string; recordedBy: string; correctionReason: string | null } | null;
}

export interface BoardPackException {
  kind: 'OFF_TRACK' | 'OVERDUE_MILESTONE' | 'MISSING_UPDATE';
  priority: string;
  action: string;
  detail: string;
}

export interface BoardPackFundingAction {
  action: string;
  allocated: number;
  spentInQuarter: number;
  spentToQuarterEnd: number;
}

export interface BoardPackFunding {
  source: string;
  funder: string;
  amount: number;
  allocated: number;
  unallocated: number;
  spentToQuarterEnd: number;
  actions: BoardPackFundingAction[];
}

export interface BoardPackSection {
  partnershipId: string;
  partnership: string;
  planTitle: string | null;
  priorities: Array<{ title: string; statutory: boolean; progress: ProgressView }>;
  actions: BoardPackActionRow[];
  exceptions: BoardPackException[];
  funding: BoardPackFunding[];
  /** The plan's indicators (board-pack.indicators.ts); left out with the other details. */
  indicators?: BoardPackIndicator[];
  /** True when the reader may not read this partnership's plan details: actions, exceptions and funding are left out. */
  detailsWithheld: boolean;
}

/** Printed where a section's plan details are left out, so "none" is never read as "none recorded". */
export const DETAILS_WITHHELD = "Actions, updates, exceptions and funding are shown only to readers of this partnership's plan";

export interface BoardPackSeal {
  /** The full hex SHA-256 Merkle root, as sealQuarter returned it and verifySeal recomputes it. */
  root: string;
  /** Its first 16 hex digits in groups of four, to read out at the meeting. */
  shortRoot: string;
  sealedAt: string;
  /** Who sealed it (the actor's subject), or null when no actor was recorded. */
  sealedBy: string | null;
}

/** The latest signed head of the Merkle log when the pack was made, and the key that checks it. */
export interface BoardPackTreeHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  signature: string;
  publicKey: string;
}

export interface BoardPack {
  title: string;
  quarter: string;
  financialYear: string;
  /** "As recorded at" moment (ISO), or null for the live record. */
  asOf: string | null;
  /** UK date the figures (overdue milestones) are worked out for. */
  asOfDate: string;
  /** The quarter's seal when sealed (by the scope's moment); see sealOf(). */
  seal: BoardPackSeal | null;
  /** Printed so anyone can keep the head and check the log against it later; null when none was signed yet. */
  treeHead: BoardPackTreeHead | null;
  sections: BoardPackSection[];
}

/** The seal as one plain-text line (XLSX, PDF; the HTML page marks the roots up as code). */
export function sealLine(pack: Pick<BoardPack, 'seal'>): string {
  const { seal } = pack;
  if (!seal) return 'Quarter not sealed';
  return `Quarter sealed ${seal.sealedAt}${seal.sealedBy ? ` by ${seal.sealedBy}` : ''}; seal root ${seal.root} (short ${seal.shortRoot})`;
}

/** The signed tree head as one plain-text line (XLSX, PDF, HTML). */
export function treeHeadLine(pack: Pick<BoardPack, 'treeHead'>): string {
  const { treeHead } = pack;
  if (!treeHead) return 'No signed tree head yet';
  return `Log head signed ${treeHead.timestamp}: ${treeHead.treeSize} events, root ${treeHead.rootHash}, signature ${treeHead.signature}; Ed25519 public key ${treeHead.publicKey}`;
}

// Money in pence while adding, pounds out.
const sum = (amounts: number[]): number => amounts.reduce((total, amount) => total + Math.round(amount * 100), 0) / 100;

/**
 * The partnership's own pack, or for a county strategy board the county pack: the board, then
 * every partnership with a plan that year. The store is read only for the quarter's seal, which
 * lives in the log rather than in the plan read model.
 */
/** The read model a board pack is drawn from: live, or as recorded at a moment (asOf). */
export interface ReadScope {
  queries: PlanQueries;
  /** UK calendar date used for OVERDUE milestones. */
  asOfDate: string;
  asOf: Date | null;
}

/**
 * Whether the reader may see a partnership's plan details (action titles, updates and their
 * narratives, funding by action). Without them a section keeps the county summary every reader
 * sees elsewhere: its priorities and their progress.
 */
export type MayReadDetails = (partnershipId: string) => boolean;

export async function buildBoardPack(
  scope: ReadScope,
  partnership: PartnershipView,
  quarter: string,
  store: EventStore,
  treeHead: BoardPackTreeHead | null = null,
  mayReadDetails: MayReadDetails = () => true,
): Promise<BoardPack> {
  const financialYear = financialYearOfQuarter(quarter);
  const { queries } = scope;
  const partnerships =
    partnership.kind === 'COUNTY_STRATEGY_BOARD'
      ? [partnership, ...queries.partnerships().filter((other) => other.id !== partnership.id && planOf(queries, other, financialYear))]
      : [partnership];
  return {
    title: `${partnership.name}: board pack ${quarter}`,
    quarter,
    financialYear,
    asOf: scope.asOf ? scope.asOf.toISOString() : null,
    asOfDate: scope.asOfDate,
    seal: await sealOf(store, quarter, scope),
    treeHead,
    sections: partnerships.map((each) => sectionOf(scope, each, quarter, financialYear, mayReadDetails(each.id))),
  };
}

/**
 * The quarter's seal, read the way verifySeal and quarterSeal read it (findSeal: the quarter's
 * own seal stream). A seal covers the whole log, not one partnership, so a partnership's pack and
 * the county pack show the same one. Like the rest of an "as recorded at" pack, a seal recorded
 * after the scope's moment did not exist then: null, the same test (recordedAt <= asOf) the
 * as-of read models apply to every other event.
 */
async function sealOf(store: EventStore, quarter: string, scope: ReadScope): Promise<BoardPackSeal | null> {
  const seal = await findSeal(store, quarter);
  if (!seal) return null;
  if (scope.asOf && Date.parse(seal.metadata.recordedAt) > scope.asOf.getTime()) return null;
  return { root: seal.data.merkleRoot, shortRoot: seal.data.shortRoot, sealedAt: seal.data.sealedAt, sealedBy: seal.metadata.actor };
}

function planOf(queries: PlanQueries, partnership: PartnershipView, financialYear: string) {
  for (const planId of partnership.planIds) {
    const plan = queries.actionPlan(planId);
    if (plan?.financialYear === financialYear) return plan;
  }
  return undefined;
}

function sectionOf(scope: ReadScope, partnership: PartnershipView, quarter: string, financialYear: string, details: boolean): BoardPackSection {
  const { queries, asOfDate } = scope;
  const plan = planOf(queries, partnership, financialYear);
  const section: BoardPackSection = {
    partnershipId: partnership.id,
    partnership: partnership.name,
    planTitle: plan?.title ?? null,
    priorities: [],
    actions: [],
    exceptions: [],
    funding: details ? fundingOf(queries, partnership.id, financialYear, quarter) : [],
    detailsWithheld: !details,
    indicators: details ? indicatorsOf(queries, partnership.id, financialYear, quarter) : [],
  };
  for (const priorityId of plan?.priorityIds ?? []) {
    const priority = queries.priority(priorityId);
    if (!priority) continue;
    section.priorities.push({ title: priority.title, statutory: priority.statutory, progress: queries.priorityProgress(priorityId, asOfDate) });
    if (!details) continue;
    for (const actionId of priority.actionIds) {
      const action = queries.action(actionId);
      if (!action || action.status === 'CANCELLED') continue;
      const update = action.updates.find((candidate) => candidate.quarter === quarter) ?? null;
      section.actions.push(actionRow(priority.title, action, update));
      section.exceptions.push(...exceptionsOf(scope, priority.title, action, update, quarter));
    }
  }
  return section;
}

function actionRow(priority: string, action: ActionView, update: QuarterlyUpdateView | null): BoardPackActionRow {
  return {
    priority,
    action: action.title,
    leadAgency: action.leadAgency,
    leadOfficer: action.leadOfficer,
    status: action.status,
    percentComplete: action.percentComplete,
    update: update && {
      rag: update.rag,
      percentComplete: update.percentComplete,
      narrative: update.narrative,
      recordedAt: update.recordedAt,
      recordedBy: update.recordedBy,
      correctionReason: update.correctionReason,
    },
  };
}

function exceptionsOf(scope: ReadScope, priority: string, action: ActionView, update: QuarterlyUpdateView | null, quarter: string): BoardPackException[] {
  const exceptions: BoardPackException[] = [];
  const base = { priority, action: action.title };
  if (update?.rag === 'RED') exceptions.push({ ...base, kind: 'OFF_TRACK', detail: `RED at ${update.percentComplete}%: ${update.narrative}` });
  for (const milestone of action.milestones) {
    // Only what was due by the end of the pack's quarter; later milestones are next quarter's business.
    if (compareQuarters(milestone.dueQuarter, quarter) > 0) continue;
    if (scope.queries.milestoneStatus(milestone, scope.asOfDate) === 'OVERDUE') {
      exceptions.push({ ...base, kind: 'OVERDUE_MILESTONE', detail: `${milestone.title} (due ${milestone.dueQuarter})` });
    }
  }
  if (!update && action.status !== 'COMPLETED') exceptions.push({ ...base, kind: 'MISSING_UPDATE', detail: `no update recorded for ${quarter}` });
  return exceptions;
}

function fundingOf(queries: PlanQueries, partnershipId: string, financialYear: string, quarter: string): BoardPackFunding[] {
  return queries
    .fundingSources({ partnershipId, financialYear })
    .filter((source) => source.recipientPartnershipId === partnershipId)
    .map((source) => {
      const actions = source.allocations.map((allocation) => ({
        action: queries.action(allocation.actionId)?.title ?? allocation.actionId,
        allocated: allocation.allocated,
        spentInQuarter: sum(allocation.spendByQuarter.filter((spend) => spend.quarter === quarter).map((spend) => spend.amount)),
        spentToQuarterEnd: sum(allocation.spendByQuarter.filter((spend) => compareQuarters(spend.quarter, quarter) <= 0).map((spend) => spend.amount)),
      }));
      return {
        source: source.name,
        funder: queries.partnership(source.funderPartnershipId)?.name ?? source.funderPartnershipId,
        amount: source.amount,
        allocated: source.allocated,
        unallocated: sum([source.amount, -source.allocated]),
        spentToQuarterEnd: sum(actions.map((action) => action.spentToQuarterEnd)),
        actions,
      };
    });
}
