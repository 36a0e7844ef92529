import { compareQuarters, financialYearOfQuarter, isLateReturn, longUkDate, type Rag, reportingCalendarDecider, streams, updateDeadline } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { type ActionStatus, type ActionView, type ActionViewAtQuarterEnd, actionAtQuarter, type PartnershipView, type PlanQueries, type ProgressView } from '@saferplan/projections';
import { type BoardPackChange, type BoardPackSeal, changesSinceSeal, sealedScopeOf } from './board-pack.seal';

export type { BoardPackChange, BoardPackSeal } from './board-pack.seal';
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
  /** Status and percentage at the end of the pack's quarter (actionAtQuarter), never today's. */
  status: ActionStatus;
  percentComplete: number;
  /** The update for the pack's quarter; null when none is recorded. */
  update: {
    rag: Rag;
    percentComplete: number;
    narrative: string;
    recordedAt: string;
    recordedBy: string;
    correctionReason: string | null;
    /** Corrected after the partnership closed the quarter (its board had met). */
    afterClose?: boolean;
  } | null;
  /** Without an update, while the reporting deadline has not passed: "30 October 2017"; else null. */
  dueBy: string | null;
  /** The same deadline as a calendar date ("2017-10-30"), for a spreadsheet's date cell. */
  dueOn: string | null;
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

export interface BoardPackFundingGiven {
  source: string;
  recipient: string;
  amount: number;
  allocated: number;
  spentToQuarterEnd: number;
}

export interface BoardPackSection {
  partnershipId: string;
  partnership: string;
  planTitle: string | null;
  priorities: Array<{ title: string; statutory: boolean; progress: ProgressView }>;
  actions: BoardPackActionRow[];
  exceptions: BoardPackException[];
  funding: BoardPackFunding[];
  /**
   * Funding this partnership gives to others that year (the PCC's grants to the districts), with
   * what the recipients allocated and spent: a funder's pack shows it rather than "no funding".
   */
  fundingGiven: BoardPackFundingGiven[];
  /** Updates for the quarter missing past the deadline or first recorded after it (a count every reader sees). */
  lateReturns: number;
  /** The plan's indicators (board-pack.indicators.ts); left out with the other details. */
  indicators?: BoardPackIndicator[];
  /** True when the reader may not read this partnership's plan details: actions, exceptions and funding are left out. */
  detailsWithheld: boolean;
  /** For a sealed quarter: its updates recorded after the seal, oldest first (the figures above are as sealed). */
  changesSinceSeal: BoardPackChange[];
  /** The quarter's updates waiting for a coordinator's approval: not in the figures above. */
  awaitingApproval?: number;
}

export const CHANGED_AFTER_BOARD = 'changed after the board';

/** What follows an update's narrative in every rendering: why it was corrected, and whether after the board. */
export function updateNote(update: { correctionReason: string | null; afterClose?: boolean }): string {
  if (!update.correctionReason) return '';
  return update.afterClose ? ` (${CHANGED_AFTER_BOARD}: ${update.correctionReason})` : ` (corrected: ${update.correctionReason})`;
}

/** "2 updates await approval and are not counted", or '' when none do. */
export function awaitingApprovalLine(section: Pick<BoardPackSection, 'awaitingApproval'>): string {
  const count = section.awaitingApproval ?? 0;
  if (count === 0) return '';
  return `${count === 1 ? '1 update awaits' : `${count} updates await`} a coordinator's approval and ${count === 1 ? 'is' : 'are'} not counted`;
}

/** Printed where a section's plan details are left out, so "none" is never read as "none recorded". */
export const DETAILS_WITHHELD = "Actions, updates, exceptions and funding are shown only to readers of this partnership's plan";

/** The latest signed head of the Merkle log when the pack was made, and the key that checks it. */
export interface BoardPackTreeHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  signature: string;
  /** Position of the first event the server signed (part of what the signature covers); absent before signing began. */
  signedFrom?: number;
  publicKey: string;
}

export interface BoardPack {
  title: string;
  quarter: string;
  financialYear: string;
  /** "As recorded at" moment (ISO), or null for the live record. */
  asOf: string | null;
  /** UK date of the pack's moment; the figures are worked out for it, or for the seal's date when sealed. */
  asOfDate: string;
  /** The quarter's seal when sealed (by the scope's moment): the figures are then as the seal closed them. */
  seal: BoardPackSeal | null;
  /** Printed so anyone can keep the head and check the log against it later; null when none was signed yet. */
  treeHead: BoardPackTreeHead | null;
  sections: BoardPackSection[];
}

/** The seal as one plain-text line (XLSX, PDF; the HTML page marks the roots up as code). */
export function sealLine(pack: Pick<BoardPack, 'seal' | 'sections'>, when: (instant: string) => string = (instant) => instant): string {
  const { seal } = pack;
  if (!seal) return 'Quarter not sealed';
  return `Quarter sealed ${when(seal.sealedAt)}${seal.sealedBy ? ` by ${seal.sealedBy}` : ''}; seal root ${seal.root} (short ${seal.shortRoot})${changedLine(pack)}`;
}

/** Never "Quarter sealed" over changed figures without saying where the changes are. */
export function changedLine(pack: Pick<BoardPack, 'sections'>): string {
  const count = pack.sections.reduce((total, section) => total + section.changesSinceSeal.length, 0);
  if (count === 0) return '';
  return `. Figures as sealed; ${count === 1 ? '1 update was' : `${count} updates were`} recorded since the seal: see "${CHANGED_SINCE_SEAL}"`;
}

export const CHANGED_SINCE_SEAL = 'Changed since the seal';

/** The signed tree head as one plain-text line (XLSX, PDF, HTML). */
export function treeHeadLine(pack: Pick<BoardPack, 'treeHead'>, when: (instant: string) => string = (instant) => instant): string {
  const { treeHead } = pack;
  if (!treeHead) return 'No signed tree head yet';
  const start = treeHead.signedFrom === undefined ? '' : `, every event signed from position ${treeHead.signedFrom}`;
  return `Log head signed ${when(treeHead.timestamp)}: ${treeHead.treeSize} events${start}, root ${treeHead.rootHash}, signature ${treeHead.signature}; Ed25519 public key ${treeHead.publicKey}`;
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
  // A sealed quarter's figures are the seal's: folded from the log it closed. What was recorded
  // later (up to the scope's moment) is listed apart, section by section.
  const sealed = await sealedScopeOf(store, quarter, scope);
  const figures = sealed?.scope ?? scope;
  const { queries } = figures;
  const board = queries.partnership(partnership.id) ?? partnership;
  const partnerships =
    board.kind === 'COUNTY_STRATEGY_BOARD'
      ? [board, ...queries.partnerships().filter((other) => other.id !== board.id && planOf(queries, other, financialYear))]
      : [board];
  const deadlines = await Promise.all(partnerships.map((each) => deadlineOf(store, each.id, quarter, scope.asOf)));
  const sections = partnerships.map((each, index) => {
    const details = mayReadDetails(each.id);
    const section = sectionOf(figures, each, quarter, financialYear, details, deadlines[index]);
    if (sealed && details) section.changesSinceSeal = changesSinceSeal(sealed.scope.queries, scope.queries, each.id, financialYear, quarter);
    return section;
  });
  return {
    title: `${partnership.name}: board pack ${quarter}`,
    quarter,
    financialYear,
    asOf: scope.asOf ? scope.asOf.toISOString() : null,
    asOfDate: scope.asOfDate,
    seal: sealed?.seal ?? null,
    treeHead,
    sections,
  };
}

function planOf(queries: PlanQueries, partnership: PartnershipView, financialYear: string) {
  for (const planId of partnership.planIds) {
    const plan = queries.actionPlan(planId);
    if (plan?.financialYear === financialYear) return plan;
  }
  return undefined;
}

/** The partnership's update deadline for the quarter, from its reporting calendar as recorded by `asOf`. */
async function deadlineOf(store: EventStore, partnershipId: string, quarter: string, asOf: Date | null): Promise<string> {
  const until = asOf ? asOf.getTime() : Infinity;
  const recorded = await store.readStream(streams.reportingCalendar(partnershipId, financialYearOfQuarter(quarter)));
  const calendar = recorded
    .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
    .reduce((state, event) => reportingCalendarDecider.evolve(state, event as never), reportingCalendarDecider.initialState());
  return updateDeadline(calendar, quarter);
}

function sectionOf(scope: ReadScope, partnership: PartnershipView, quarter: string, financialYear: string, details: boolean, deadline: string): BoardPackSection {
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
    fundingGiven: details ? fundingGivenOf(queries, partnership.id, financialYear, quarter) : [],
    lateReturns: 0,
    detailsWithheld: !details,
    changesSinceSeal: [],
    indicators: details ? indicatorsOf(queries, partnership.id, financialYear, quarter) : [],
  };
  for (const priorityId of plan?.priorityIds ?? []) {
    const priority = queries.priority(priorityId);
    if (!priority) continue;
    section.priorities.push({ title: priority.title, statutory: priority.statutory, progress: queries.priorityProgress(priorityId, asOfDate, quarter) });
    for (const actionId of priority.actionIds) {
      const action = queries.action(actionId);
      if (!action) continue;
      const atQuarterEnd = actionAtQuarter(action, quarter, asOfDate, deadline);
      if (atQuarterEnd.status === 'CANCELLED') continue;
      if (action.updates.some((candidate) => candidate.quarter === quarter && candidate.status === 'SUBMITTED')) section.awaitingApproval = (section.awaitingApproval ?? 0) + 1;
      if (isLateOrMissing(atQuarterEnd, deadline)) section.lateReturns += 1;
      if (!details) continue;
      section.actions.push(actionRow(priority.title, action, atQuarterEnd));
      section.exceptions.push(...exceptionsOf(priority.title, action, atQuarterEnd));
    }
  }
  return section;
}

function actionRow(priority: string, action: ActionView, atQuarterEnd: ActionViewAtQuarterEnd): BoardPackActionRow {
  const { update, reporting } = atQuarterEnd;
  return {
    priority,
    action: action.title,
    leadAgency: action.leadAgency,
    leadOfficer: action.leadOfficer,
    status: atQuarterEnd.status,
    percentComplete: atQuarterEnd.percentComplete,
    dueBy: reporting.state === 'DUE' ? longUkDate(reporting.dueBy) : null,
    dueOn: reporting.state === 'DUE' ? reporting.dueBy : null,
    update: update && {
      rag: update.rag,
      percentComplete: update.percentComplete,
      narrative: update.narrative,
      recordedAt: update.recordedAt,
      recordedBy: update.recordedBy,
      correctionReason: update.correctionReason,
      ...(update.afterClose ? { afterClose: true } : {}),
    },
  };
}

/** Off track by the quarter's own update; milestones due by its end and not reached by then; an update past its deadline. */
function exceptionsOf(priority: string, action: ActionView, atQuarterEnd: ActionViewAtQuarterEnd): BoardPackException[] {
  const exceptions: BoardPackException[] = [];
  const base = { priority, action: action.title };
  const { update, reporting, quarter } = atQuarterEnd;
  if (update?.rag === 'RED') exceptions.push({ ...base, kind: 'OFF_TRACK', detail: `RED at ${update.percentComplete}%: ${update.narrative}` });
  for (const { milestone, status } of atQuarterEnd.milestones) {
    if (status === 'OVERDUE') exceptions.push({ ...base, kind: 'OVERDUE_MILESTONE', detail: `${milestone.title} (due ${milestone.dueQuarter})` });
  }
  if (reporting.state === 'MISSING') {
    exceptions.push({ ...base, kind: 'MISSING_UPDATE', detail: `no update recorded for ${quarter} (due by ${longUkDate(reporting.dueBy)})` });
  }
  return exceptions;
}

/** Missing past the partnership's deadline, or its first version recorded after it (the calendar's rule, as `late` on an update). */
function isLateOrMissing({ reporting, update }: ActionViewAtQuarterEnd, deadline: string): boolean {
  if (reporting.state === 'MISSING') return true;
  if (!update) return false;
  return isLateReturn(update.previousVersions?.[0]?.recordedAt ?? update.recordedAt, deadline);
}

function fundingGivenOf(queries: PlanQueries, partnershipId: string, financialYear: string, quarter: string): BoardPackFundingGiven[] {
  return queries
    .fundingSources({ partnershipId, financialYear })
    .filter((source) => source.funderPartnershipId === partnershipId && source.recipientPartnershipId !== partnershipId)
    .map((source) => ({
      source: source.name,
      recipient: queries.partnership(source.recipientPartnershipId)?.name ?? source.recipientPartnershipId,
      amount: source.amount,
      allocated: source.allocated,
      spentToQuarterEnd: sum(
        source.allocations.flatMap((allocation) => allocation.spendByQuarter.filter((spend) => compareQuarters(spend.quarter, quarter) <= 0).map((spend) => spend.amount)),
      ),
    }));
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
