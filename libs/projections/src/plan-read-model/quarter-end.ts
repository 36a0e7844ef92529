/**
 * The read side's way into the domain's quarter-end rule (actionAtQuarterEnd): an ActionView
 * as the rule reads it. Progress "for quarter Q" and the board pack both come through here.
 */
import { type ActionAtQuarterEnd, actionAtQuarterEnd } from '@saferplan/domain/action/action-at-quarter-end';
import { ukDate } from '@saferplan/domain/shared/financial-year';
import { type ActionView, type MilestoneView, type QuarterlyUpdateView, countedUpdates } from '../views';

export type ActionViewAtQuarterEnd = ActionAtQuarterEnd<QuarterlyUpdateView, MilestoneView>;

/** Completion and cancellation count from the UK day they were recorded. */
const dayOf = (recordedAt: string | null): string | null => (recordedAt === null ? null : ukDate(new Date(recordedAt)));

/** `deadline`: the partnership's update deadline for the quarter (its reporting calendar), else the default rule. */
export function actionAtQuarter(action: ActionView, quarter: string, asOfDate: string, deadline?: string): ActionViewAtQuarterEnd {
  return actionAtQuarterEnd(
    { updates: countedUpdates(action.updates), milestones: action.milestones, completedOn: dayOf(action.completedAt), cancelledOn: dayOf(action.cancelledAt) },
    quarter,
    asOfDate,
    deadline,
  );
}
