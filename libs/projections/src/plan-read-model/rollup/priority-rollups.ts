/**
 * Each priority's progress figures kept added up as actions change, so the all-partnership
 * `progress` and `countyProgress` read one roll-up per priority instead of walking every action
 * and milestone of the country on each request (5,250 rows over 35,000 actions, issue 15).
 *
 * Everything but "overdue" is a plain count. Overdue depends on the as-of date, which comes with
 * the query: the roll-up keeps unreached milestones counted by due quarter, and a query adds up
 * the quarters that have ended by its date (a handful of distinct quarters per priority).
 * percentComplete figures are whole numbers, so the running total is exact whatever the order.
 */
import type { ActionView, ProgressView } from '../../views';
import { type QuarterEnded, emptyProgress } from '../progress';

/** What one action adds to its priority's roll-up (nothing, for a cancelled action). */
export interface ActionContribution {
  priorityId: string;
  status: ActionView['status'];
  percentComplete: number;
  milestones: number;
  milestonesReached: number;
  /** Due quarters of the unreached milestones, one entry per milestone. */
  unreachedDue: string[];
}

export interface PriorityRollup {
  figures: Omit<ProgressView, 'milestonesOverdue' | 'percentComplete'>;
  percentTotal: number;
  unreachedByQuarter: Map<string, number>;
}

export interface PriorityRollups {
  readonly byPriority: Map<string, PriorityRollup>;
  /** What each action last added, so a change takes exactly that out before adding the new figures. */
  readonly byAction: Map<string, ActionContribution>;
}

export const initialRollups = (): PriorityRollups => ({ byPriority: new Map(), byAction: new Map() });

const STATUS_FIELD = {
  COMPLETED: 'completed',
  ON_TRACK: 'onTrack',
  AT_RISK: 'atRisk',
  OFF_TRACK: 'offTrack',
  NOT_STARTED: 'notStarted',
} as const;

function contributionOf(action: ActionView): ActionContribution | null {
  if (action.status === 'CANCELLED') return null; // a cancelled action leaves every figure (ProgressTally)
  let reached = 0;
  const unreachedDue: string[] = [];
  for (const milestone of action.milestones) {
    if (milestone.reachedOn !== null) reached++;
    else unreachedDue.push(milestone.dueQuarter);
  }
  return {
    priorityId: action.priorityId,
    status: action.status,
    percentComplete: action.percentComplete,
    milestones: action.milestones.length,
    milestonesReached: reached,
    unreachedDue,
  };
}

function rollupOf(rollups: PriorityRollups, priorityId: string): PriorityRollup {
  let rollup = rollups.byPriority.get(priorityId);
  if (!rollup) {
    const { milestonesOverdue: _overdue, percentComplete: _percent, ...figures } = emptyProgress();
    rollup = { figures, percentTotal: 0, unreachedByQuarter: new Map() };
    rollups.byPriority.set(priorityId, rollup);
  }
  return rollup;
}

/** Adds (sign 1) or takes out (sign -1) one action's contribution. */
function count(rollups: PriorityRollups, contribution: ActionContribution, sign: 1 | -1): void {
  const rollup = rollupOf(rollups, contribution.priorityId);
  const { figures } = rollup;
  figures.actions += sign;
  if (contribution.status !== 'CANCELLED') figures[STATUS_FIELD[contribution.status]] += sign;
  figures.milestones += sign * contribution.milestones;
  figures.milestonesReached += sign * contribution.milestonesReached;
  rollup.percentTotal += sign * contribution.percentComplete;
  for (const quarter of contribution.unreachedDue) {
    const left = (rollup.unreachedByQuarter.get(quarter) ?? 0) + sign;
    if (left === 0) rollup.unreachedByQuarter.delete(quarter);
    else rollup.unreachedByQuarter.set(quarter, left);
  }
  if (figures.actions === 0) rollups.byPriority.delete(contribution.priorityId);
}

/**
 * Folds one action as it now stands (undefined: it no longer exists) into the roll-ups: its old
 * contribution out, its new one in. Called for every action an event touched.
 */
export function evolveRollups(rollups: PriorityRollups, actionId: string, action: ActionView | undefined): void {
  const before = rollups.byAction.get(actionId);
  if (before) count(rollups, before, -1);
  const after = action ? contributionOf(action) : null;
  if (after) {
    count(rollups, after, 1);
    rollups.byAction.set(actionId, after);
  } else rollups.byAction.delete(actionId);
}

/** The roll-ups of every action, from scratch (documents loaded, or the equality spec's reference). */
export function rollupsOf(actions: Iterable<ActionView>): PriorityRollups {
  const rollups = initialRollups();
  for (const action of actions) evolveRollups(rollups, action.id, action);
  return rollups;
}

/** The progress of these priorities (each once) on the as-of date `quarterEnded` answers for. */
export function progressFromRollups(
  rollups: PriorityRollups,
  priorityIds: readonly string[],
  quarterEnded: QuarterEnded,
): ProgressView {
  const result = emptyProgress();
  let percentTotal = 0;
  const seen = priorityIds.length > 1 ? new Set<string>() : null;
  for (const priorityId of priorityIds) {
    if (seen) {
      if (seen.has(priorityId)) continue;
      seen.add(priorityId);
    }
    const rollup = rollups.byPriority.get(priorityId);
    if (!rollup) continue;
    const { figures } = rollup;
    result.actions += figures.actions;
    result.completed += figures.completed;
    result.onTrack += figures.onTrack;
    result.atRisk += figures.atRisk;
    result.offTrack += figures.offTrack;
    result.notStarted += figures.notStarted;
    result.milestones += figures.milestones;
    result.milestonesReached += figures.milestonesReached;
    percentTotal += rollup.percentTotal;
    for (const [quarter, unreached] of rollup.unreachedByQuarter)
      if (quarterEnded(quarter)) result.milestonesOverdue += unreached;
  }
  result.percentComplete = result.actions === 0 ? 0 : percentTotal / result.actions;
  return result;
}
