import type { Decider } from '../shared/event';
import { checkEach, ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import {
  compareFinancialYears,
  financialYearOfQuarter,
  financialYearStart,
  parseIsoDate,
  longUkDate,
  parseQuarter,
  ukDate,
} from '../shared/financial-year';
import { optionalText, requireText, TEXT_LIMITS } from '../shared/text';
import type {
  ActionCommand,
  ApproveQuarterlyUpdate,
  AssignActionOwner,
  CancelAction,
  CompleteAction,
  CorrectQuarterlyUpdate,
  CreateAction,
  EditAction,
  ReachMilestone,
  RecordQuarterlyUpdate,
  ReturnQuarterlyUpdate,
  ScheduleMilestone,
} from './action.commands';
import { RAGS, type ActionEvent, type Rag } from './action.events';

/** Lifecycle only; ON_TRACK, AT_RISK and the like are read-side figures worked out from updates. */
export type ActionLifecycle = 'open' | 'completed' | 'cancelled';

export type MilestoneState = { dueQuarter: string; reachedOn: string | null };

/**
 * Milestones as an immutable list, newest first; reaching one prepends a newer entry for the same
 * id. Folding a stream then costs O(1) per event instead of copying a map on every event, which
 * kept loading long action streams quadratic.
 */
export type MilestoneEntry = MilestoneState & { readonly id: string; readonly next: MilestoneEntry | null };

export type ActionState = {
  exists: boolean;
  actionId: string | null;
  status: ActionLifecycle;
  financialYear: string | null; // the plan's year
  milestones: MilestoneEntry | null;
  updatedQuarters: string[]; // quarters that already have an update, in recording order
  /** Quarters whose update waits for approval or was returned (absent in older snapshots). */
  approvals?: Record<string, 'SUBMITTED' | 'RETURNED'>;
  ownerId?: string | null;
};

/** An action that exists; what every command after CreateAction works on. */
type ExistingAction = ActionState & { exists: true; actionId: string; financialYear: string };

/**
 * The order of checks, the same for every command so answers are predictable: the action must
 * exist, then be open (a closed action refuses everything, however the input is written), then
 * the input fields in the order of the form, then the rules that depend on what is recorded.
 */
function openAction(state: ActionState, actionId: string): ExistingAction {
  if (!state.exists || state.financialYear === null) throw new NotFoundError('Action', actionId);
  if (state.status !== 'open') {
    throw new ConflictError(`Action ${actionId} is ${state.status} and can no longer change`);
  }
  return state as ExistingAction;
}

/** The latest state of one milestone, or undefined if it was never scheduled. */
export function milestoneOf(state: ActionState, milestoneId: string): MilestoneState | undefined {
  for (let entry = state.milestones; entry !== null; entry = entry.next) {
    if (entry.id === milestoneId) return { dueQuarter: entry.dueQuarter, reachedOn: entry.reachedOn };
  }
  return undefined;
}

/** Every milestone's latest state by id, for reading (specs, diagnostics). */
export function milestonesOf(state: ActionState): Record<string, MilestoneState> {
  const byId: Record<string, MilestoneState> = {};
  for (let entry = state.milestones; entry !== null; entry = entry.next) {
    if (!Object.hasOwn(byId, entry.id)) byId[entry.id] = { dueQuarter: entry.dueQuarter, reachedOn: entry.reachedOn };
  }
  return byId;
}

function budgetOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  // toFixed(2) round-trips exactly when there are no more than two decimals (0.29 passes, 0.295 does not).
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || Number(value.toFixed(2)) !== value) {
    throw new InvalidInputError('budget', 'budget must be an amount in pounds of 0 or more, with at most 2 decimal places');
  }
  return value;
}

// A create has no action to check first: the input, then the plan facts, then that the id is new.
function createAction(command: CreateAction, state: ActionState): ActionEvent[] {
  const { actionId, plan, priorityId } = command.data;
  const [title, leadAgency, leadOfficer, fundingSource, budget] = checkEach(
    () => requireText(command.data.title, 'title', TEXT_LIMITS.actionTitle),
    () => requireText(command.data.leadAgency, 'leadAgency', TEXT_LIMITS.leadAgency),
    () => optionalText(command.data.leadOfficer, 'leadOfficer', TEXT_LIMITS.leadOfficer),
    () => optionalText(command.data.fundingSource, 'fundingSource', TEXT_LIMITS.fundingSource),
    () => budgetOf(command.data.budget),
  );
  if (!plan.exists) throw new NotFoundError('ActionPlan', plan.planId);
  if (!plan.priorityIds.includes(priorityId)) throw new NotFoundError('Priority', priorityId);
  if (state.exists) throw new ConflictError(`Action ${actionId} already exists`);
  return [
    {
      type: 'ActionCreated',
      data: {
        actionId,
        planId: plan.planId,
        partnershipId: plan.partnershipId,
        priorityId,
        financialYear: plan.financialYear,
        title,
        leadAgency,
        leadOfficer,
        fundingSource,
        budget,
      },
    },
  ];
}

function scheduleMilestone(command: ScheduleMilestone, state: ActionState): ActionEvent[] {
  const { actionId, milestoneId } = command.data;
  const action = openAction(state, actionId);
  const [title, dueQuarter] = checkEach(
    () => requireText(command.data.title, 'title', TEXT_LIMITS.milestoneTitle),
    () => parseQuarter(command.data.dueQuarter, 'dueQuarter'),
  );
  if (compareFinancialYears(financialYearOfQuarter(dueQuarter), action.financialYear) < 0) {
    throw new InvalidInputError(
      'dueQuarter',
      `dueQuarter ${dueQuarter} is before the plan's financial year ${action.financialYear}: ` +
        `a milestone is due in the plan's year or a later one`,
    );
  }
  if (milestoneOf(action, milestoneId)) {
    throw new ConflictError(`Milestone ${milestoneId} is already scheduled on action ${actionId}`);
  }
  return [{ type: 'MilestoneScheduled', data: { actionId, milestoneId, title, dueQuarter } }];
}

function reachMilestone(command: ReachMilestone, state: ActionState): ActionEvent[] {
  const { actionId, milestoneId } = command.data;
  const action = openAction(state, actionId);
  const reachedOn = parseIsoDate(command.data.reachedOn, 'reachedOn');
  // Compared with today's date in the UK, so a milestone reached this morning counts at 00:30 BST.
  if (reachedOn > ukDate(command.metadata.now)) {
    throw new InvalidInputError('reachedOn', 'reachedOn cannot be in the future');
  }
  // A plan's work starts with its year: an earlier date is a slip of the keyboard, not a milestone.
  const yearStart = financialYearStart(action.financialYear);
  if (reachedOn < yearStart) {
    throw new InvalidInputError(
      'reachedOn',
      `reachedOn ${longUkDate(reachedOn)} is before the plan's year ${action.financialYear} began on ${longUkDate(yearStart)}`,
    );
  }
  const evidence = optionalText(command.data.evidence, 'evidence', TEXT_LIMITS.evidence);
  const milestone = milestoneOf(action, milestoneId);
  if (!milestone) throw new NotFoundError('Milestone', milestoneId);
  if (milestone.reachedOn !== null) {
    throw new ConflictError(`Milestone ${milestoneId} was already reached on ${milestone.reachedOn}`);
  }
  return [{ type: 'MilestoneReached', data: { actionId, milestoneId, reachedOn, evidence } }];
}

type UpdateFigures = { quarter: string; rag: Rag; percentComplete: number; narrative: string };

/** The checks a quarterly update and its correction share; every wrong field is answered at once. */
function updateFigures(data: UpdateFigures, action: ExistingAction): UpdateFigures {
  const [quarter, rag, percentComplete, narrative] = checkEach(
    () => quarterOfYear(data.quarter, action),
    () => ragOf(data.rag),
    () => percentOf(data.percentComplete),
    () => requireText(data.narrative, 'narrative', TEXT_LIMITS.narrative),
  );
  return { quarter, rag, percentComplete, narrative };
}

function quarterOfYear(text: string, action: ExistingAction): string {
  const quarter = parseQuarter(text, 'quarter');
  if (financialYearOfQuarter(quarter) !== action.financialYear) {
    throw new InvalidInputError(
      'quarter',
      `quarter ${quarter} is not a quarter of this action's financial year ${action.financialYear}: ` +
        `an update reports on ${action.financialYear} Q1 to Q4`,
    );
  }
  return quarter;
}

function ragOf(rag: unknown): Rag {
  if (!(RAGS as readonly unknown[]).includes(rag)) {
    throw new InvalidInputError('rag', `rag must be one of ${RAGS.join(', ')}`);
  }
  return rag as Rag;
}

function percentOf(percentComplete: number): number {
  if (!Number.isInteger(percentComplete) || percentComplete < 0 || percentComplete > 100) {
    throw new InvalidInputError('percentComplete', 'percentComplete must be a whole number from 0 to 100');
  }
  return percentComplete;
}

function refuseClosed(quarter: string, closedOn: string | null | undefined): void {
  if (!closedOn) return;
  throw new ConflictError(
    `${quarter} is closed: the partnership closed it after its board meeting on ${longUkDate(closedOn)}. ` +
      `New updates for it are refused; correct an existing update with a reason instead`,
    'quarter',
  );
}

function recordQuarterlyUpdate(command: RecordQuarterlyUpdate, state: ActionState): ActionEvent[] {
  const { actionId, reporting } = command.data;
  const action = openAction(state, actionId);
  const figures = updateFigures(command.data, action);
  refuseClosed(figures.quarter, reporting?.closedOn);
  // A returned update is sent in again as a new record, not as a correction.
  const returned = action.approvals?.[figures.quarter] === 'RETURNED';
  if (action.updatedQuarters.includes(figures.quarter) && !returned) {
    throw new ConflictError(
      `An update for ${figures.quarter} is already recorded on action ${actionId}: ` +
        `use correctQuarterlyUpdate with a reason to change it`,
      'quarter',
    );
  }
  const status = reporting?.needsApproval ? { status: 'SUBMITTED' as const } : {};
  return [{ type: 'QuarterlyUpdateRecorded', data: { actionId, ...figures, ...status } }];
}

function correctQuarterlyUpdate(command: CorrectQuarterlyUpdate, state: ActionState): ActionEvent[] {
  const { actionId } = command.data;
  const action = openAction(state, actionId);
  const figures = updateFigures(command.data, action);
  const reason = requireText(command.data.reason, 'reason', TEXT_LIMITS.reason);
  if (!action.updatedQuarters.includes(figures.quarter)) {
    throw new InvalidInputError(
      'quarter',
      `no update has been recorded for ${figures.quarter} yet: record it first`,
    );
  }
  const afterClose = command.data.reporting?.closedOn ? { afterClose: true as const } : {};
  return [{ type: 'QuarterlyUpdateCorrected', data: { actionId, ...figures, reason, ...afterClose } }];
}

function submittedUpdate(command: ApproveQuarterlyUpdate | ReturnQuarterlyUpdate, state: ActionState): string {
  const { actionId } = command.data;
  const action = openAction(state, actionId);
  const quarter = parseQuarter(command.data.quarter, 'quarter');
  if (!action.updatedQuarters.includes(quarter)) throw new NotFoundError('QuarterlyUpdate', `${actionId} ${quarter}`);
  const approval = action.approvals?.[quarter];
  if (approval !== 'SUBMITTED') {
    throw new ConflictError(
      approval === 'RETURNED'
        ? `The update for ${quarter} was returned and waits to be sent in again`
        : `The update for ${quarter} is already counted: there is nothing to approve or return`,
      'quarter',
    );
  }
  return quarter;
}

function approveQuarterlyUpdate(command: ApproveQuarterlyUpdate, state: ActionState): ActionEvent[] {
  const quarter = submittedUpdate(command, state);
  return [{ type: 'QuarterlyUpdateApproved', data: { actionId: command.data.actionId, quarter } }];
}

function returnQuarterlyUpdate(command: ReturnQuarterlyUpdate, state: ActionState): ActionEvent[] {
  const quarter = submittedUpdate(command, state);
  const comment = requireText(command.data.comment, 'comment', TEXT_LIMITS.reason);
  return [{ type: 'QuarterlyUpdateReturned', data: { actionId: command.data.actionId, quarter, comment } }];
}

function withApproval(state: ActionState, quarter: string, approval: 'SUBMITTED' | 'RETURNED' | null): ActionState {
  const approvals = { ...(state.approvals ?? {}) };
  if (approval === null) delete approvals[quarter];
  else approvals[quarter] = approval;
  return { ...state, approvals };
}

// An open action's words can change; its plan, priority and updates stay as recorded.
function editAction(command: EditAction, state: ActionState): ActionEvent[] {
  const { actionId } = command.data;
  openAction(state, actionId);
  const [title, leadAgency, leadOfficer] = checkEach(
    () => requireText(command.data.title, 'title', TEXT_LIMITS.actionTitle),
    () => requireText(command.data.leadAgency, 'leadAgency', TEXT_LIMITS.leadAgency),
    () => optionalText(command.data.leadOfficer, 'leadOfficer', TEXT_LIMITS.leadOfficer),
  );
  return [{ type: 'ActionEdited', data: { actionId, title, leadAgency, leadOfficer } }];
}

function completeAction(command: CompleteAction, state: ActionState): ActionEvent[] {
  const { actionId } = command.data;
  openAction(state, actionId);
  return [{ type: 'ActionCompleted', data: { actionId } }];
}

function cancelAction(command: CancelAction, state: ActionState): ActionEvent[] {
  const { actionId } = command.data;
  openAction(state, actionId);
  const reason = requireText(command.data.reason, 'reason', TEXT_LIMITS.reason);
  return [{ type: 'ActionCancelled', data: { actionId, reason } }];
}

function assignActionOwner(command: AssignActionOwner, state: ActionState): ActionEvent[] {
  const { actionId, personId } = command.data;
  openAction(state, actionId);
  if (!command.data.personKnown) throw new InvalidInputError('personId', `No person has id ${personId}`);
  if (state.ownerId === personId) throw new ConflictError(`That person already owns action ${actionId}`, 'personId');
  return [{ type: 'ActionOwnerAssigned', data: { actionId, personId } }];
}

export const actionDecider: Decider<ActionState, ActionCommand, ActionEvent> = {
  initialState: () => ({
    exists: false,
    actionId: null,
    status: 'open',
    financialYear: null,
    milestones: null,
    updatedQuarters: [],
  }),

  decide(command, state) {
    switch (command.type) {
      case 'CreateAction':
        return createAction(command, state);
      case 'ScheduleMilestone':
        return scheduleMilestone(command, state);
      case 'ReachMilestone':
        return reachMilestone(command, state);
      case 'RecordQuarterlyUpdate':
        return recordQuarterlyUpdate(command, state);
      case 'CorrectQuarterlyUpdate':
        return correctQuarterlyUpdate(command, state);
      case 'EditAction':
        return editAction(command, state);
      case 'ApproveQuarterlyUpdate':
        return approveQuarterlyUpdate(command, state);
      case 'ReturnQuarterlyUpdate':
        return returnQuarterlyUpdate(command, state);
      case 'CompleteAction':
        return completeAction(command, state);
      case 'CancelAction':
        return cancelAction(command, state);
      case 'AssignActionOwner':
        return assignActionOwner(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ActionCreated':
        return { ...state, exists: true, actionId: event.data.actionId, financialYear: event.data.financialYear };
      case 'MilestoneScheduled':
        return {
          ...state,
          milestones: { id: event.data.milestoneId, dueQuarter: event.data.dueQuarter, reachedOn: null, next: state.milestones },
        };
      case 'MilestoneReached': {
        const { milestoneId, reachedOn } = event.data;
        const milestone = milestoneOf(state, milestoneId);
        if (!milestone) return state;
        return { ...state, milestones: { id: milestoneId, dueQuarter: milestone.dueQuarter, reachedOn, next: state.milestones } };
      }
      case 'QuarterlyUpdateRecorded': {
        const { quarter, status } = event.data;
        const updatedQuarters = state.updatedQuarters.includes(quarter) ? state.updatedQuarters : [...state.updatedQuarters, quarter];
        const recorded = { ...state, updatedQuarters };
        return status || state.approvals?.[quarter] ? withApproval(recorded, quarter, status ?? null) : recorded;
      }
      case 'QuarterlyUpdateCorrected':
        // The figures live in the read model; a coordinator's correction counts at once.
        return state.approvals?.[event.data.quarter] ? withApproval(state, event.data.quarter, null) : state;
      case 'QuarterlyUpdateApproved':
        return withApproval(state, event.data.quarter, null);
      case 'QuarterlyUpdateReturned':
        return withApproval(state, event.data.quarter, 'RETURNED');
      case 'ActionCompleted':
        return { ...state, status: 'completed' };
      case 'ActionCancelled':
        return { ...state, status: 'cancelled' };
      case 'ActionOwnerAssigned':
        return { ...state, ownerId: event.data.personId };
      default:
        return state;
    }
  },
};
