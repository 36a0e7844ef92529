/**
 * The figures a priority's progress is made of, in one place so the live read model, an as-of
 * replay and the county roll-up can never disagree. Pure: no clock (the as-of date comes in),
 * no store.
 */
import { hasQuarterEnded } from '@saferplan/domain/shared/financial-year';
import type { Rag } from '@saferplan/domain/action/action.events';
import type { ActionViewAtQuarterEnd } from './quarter-end';
import type { ActionStatus, ActionView, MilestoneStatus, MilestoneView, ProgressView, QuarterlyUpdateView } from '../views';

export const STATUS_OF_RAG: Readonly<Record<Rag, ActionStatus>> = {
  GREEN: 'ON_TRACK',
  AMBER: 'AT_RISK',
  RED: 'OFF_TRACK',
};

/** Where an action is in its life; ON_TRACK and the rest only apply while it is open. */
export type ActionLifecycle = 'open' | 'completed' | 'cancelled';

/**
 * Status and percentComplete of an action. `latest` is the update for the latest quarter
 * reported (its current, possibly corrected, figures), not the most recently recorded one: a
 * late Q1 update does not overturn Q2. A cancelled action keeps the figures it had reached, for
 * the record, but leaves every roll-up (see ProgressTally).
 */
export function actionFigures(
  lifecycle: ActionLifecycle,
  latest: Pick<QuarterlyUpdateView, 'rag' | 'percentComplete'> | undefined,
): { status: ActionStatus; percentComplete: number } {
  if (lifecycle === 'completed') return { status: 'COMPLETED', percentComplete: 100 };
  const percentComplete = latest ? latest.percentComplete : 0;
  if (lifecycle === 'cancelled') return { status: 'CANCELLED', percentComplete };
  return latest ? { status: STATUS_OF_RAG[latest.rag], percentComplete } : { status: 'NOT_STARTED', percentComplete: 0 };
}

/** Answers "has this quarter ended on the as-of date?", remembering each quarter it was asked about. */
export type QuarterEnded = (quarter: string) => boolean;

/**
 * One per query: a roll-up over 35,000 actions meets only a handful of distinct due quarters, so
 * parsing each once keeps a full progress query in the low milliseconds.
 */
export function quarterEndedOn(asOfDate: string): QuarterEnded {
  const known = new Map<string, boolean>();
  return (quarter) => {
    let ended = known.get(quarter);
    if (ended === undefined) {
      ended = hasQuarterEnded(quarter, asOfDate);
      known.set(quarter, ended);
    }
    return ended;
  };
}

export function milestoneStatus(
  milestone: Pick<MilestoneView, 'dueQuarter' | 'reachedOn'>,
  quarterEnded: QuarterEnded,
): MilestoneStatus {
  if (milestone.reachedOn !== null) return 'REACHED';
  return quarterEnded(milestone.dueQuarter) ? 'OVERDUE' : 'PENDING';
}

export function emptyProgress(): ProgressView {
  return {
    actions: 0,
    completed: 0,
    onTrack: 0,
    atRisk: 0,
    offTrack: 0,
    notStarted: 0,
    milestones: 0,
    milestonesReached: 0,
    milestonesOverdue: 0,
    percentComplete: 0,
  };
}

/**
 * Adds actions up into a ProgressView. percentComplete is the plain mean of the counted actions'
 * percentComplete, not rounded (the API's Float carries it as is); 0 when nothing is counted.
 */
export class ProgressTally {
  private readonly figures = emptyProgress();
  private percentTotal = 0;

  constructor(private readonly quarterEnded: QuarterEnded) {}

  add(action: Pick<ActionView, 'status' | 'percentComplete' | 'milestones'>): void {
    if (!this.count(action.status, action.percentComplete)) return;
    const figures = this.figures;
    const milestones = action.milestones;
    figures.milestones += milestones.length;
    // The same rule as milestoneStatus(), written out: this loop runs for every milestone of a roll-up.
    for (let i = 0; i < milestones.length; i++) {
      const milestone = milestones[i];
      if (milestone.reachedOn !== null) figures.milestonesReached++;
      else if (this.quarterEnded(milestone.dueQuarter)) figures.milestonesOverdue++;
    }
  }

  /** An action as it stood at a quarter's end (actionAtQuarter): its milestones are those due by then. */
  addAtQuarterEnd(action: Pick<ActionViewAtQuarterEnd, 'status' | 'percentComplete' | 'milestones'>): void {
    if (!this.count(action.status, action.percentComplete)) return;
    const figures = this.figures;
    figures.milestones += action.milestones.length;
    for (const { status } of action.milestones) {
      if (status === 'REACHED') figures.milestonesReached++;
      else if (status === 'OVERDUE') figures.milestonesOverdue++;
    }
  }

  /** Counts the action's status and percentage; false for a cancelled action, which leaves every figure. */
  private count(status: ActionStatus, percentComplete: number): boolean {
    const figures = this.figures;
    switch (status) {
      case 'CANCELLED':
        return false; // a cancelled action leaves every figure, its milestones included
      case 'COMPLETED':
        figures.completed++;
        break;
      case 'ON_TRACK':
        figures.onTrack++;
        break;
      case 'AT_RISK':
        figures.atRisk++;
        break;
      case 'OFF_TRACK':
        figures.offTrack++;
        break;
      case 'NOT_STARTED':
        figures.notStarted++;
        break;
    }
    figures.actions++;
    this.percentTotal += percentComplete;
    return true;
  }

  result(): ProgressView {
    const { actions } = this.figures;
    return { ...this.figures, percentComplete: actions === 0 ? 0 : this.percentTotal / actions };
  }
}

/** Progress over a set of actions (each counted once, whatever the iterable repeats is up to the caller). */
export function progressOf(
  actions: Iterable<Pick<ActionView, 'status' | 'percentComplete' | 'milestones'>>,
  quarterEnded: QuarterEnded,
): ProgressView {
  const tally = new ProgressTally(quarterEnded);
  for (const action of actions) tally.add(action);
  return tally.result();
}
