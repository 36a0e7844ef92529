import { NotFoundError } from '@saferplan/domain';
import type { ActionView, MilestoneStatus, MilestoneView, QuarterlyUpdateView } from '@saferplan/projections';
import type { ReadScopes } from '../graphql/read-scopes';
import { type ReadScope, type Scoped, scoped, scopeOf } from '../graphql/read-scope';

/** What the action mutations answer with: the record as the live read model now shows it. */
export type MilestoneAnswer = MilestoneView & { status: MilestoneStatus };

/** Which quarterly update a record or correction wrote. */
export interface QuarterlyUpdateRef {
  actionId: string;
  quarter: string;
}

export function liveAction(readScopes: ReadScopes, actionId: string): Scoped<ActionView> {
  const scope = readScopes.live();
  const action = scope.queries.action(actionId);
  if (!action) throw new NotFoundError('Action', actionId);
  return scoped(action, scope);
}

export function liveMilestone(readScopes: ReadScopes, actionId: string, milestoneId: string): MilestoneAnswer {
  const action = liveAction(readScopes, actionId);
  const milestone = action.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw new NotFoundError('Milestone', milestoneId);
  return withStatus(milestone, scopeOf(action));
}

/**
 * An update as a QuarterlyUpdate field answers it: with its partnership and read scope, so its
 * `late` and `reportingDeadline` ask that partnership's calendar as it stood at the read moment.
 */
export type UpdateAnswer = Scoped<QuarterlyUpdateView & { partnershipId: string }>;

export function updateAnswer(update: QuarterlyUpdateView, partnershipId: string, scope: ReadScope): UpdateAnswer {
  return scoped({ ...update, partnershipId }, scope);
}

export function liveUpdate(readScopes: ReadScopes, { actionId, quarter }: QuarterlyUpdateRef): UpdateAnswer {
  const action = liveAction(readScopes, actionId);
  const update = action.updates.find((candidate) => candidate.quarter === quarter);
  if (!update) throw new NotFoundError('QuarterlyUpdate', `${actionId} ${quarter}`);
  return updateAnswer(update, action.partnershipId, scopeOf(action));
}

export function withStatus(milestone: MilestoneView, scope: ReadScope): MilestoneAnswer {
  return { ...milestone, status: scope.queries.milestoneStatus(milestone, scope.asOfDate) };
}
