import type { AnyUseCase } from './slice/use-case';
import { createActionUseCase } from './actions/create-action/create-action.use-case';
import { scheduleMilestoneUseCase } from './actions/schedule-milestone/schedule-milestone.use-case';
import { reachMilestoneUseCase } from './actions/reach-milestone/reach-milestone.use-case';
import { recordQuarterlyUpdateUseCase } from './actions/record-quarterly-update/record-quarterly-update.use-case';
import { correctQuarterlyUpdateUseCase } from './actions/correct-quarterly-update/correct-quarterly-update.use-case';
import { completeActionUseCase } from './actions/complete-action/complete-action.use-case';
import { cancelActionUseCase } from './actions/cancel-action/cancel-action.use-case';

/**
 * Every mutation that is a use-case slice: one line each. Their resolvers are registered, and
 * their access rules filed, from this list; its order is the order of the Mutation type's fields.
 */
export const ACTION_USE_CASES = [
  createActionUseCase,
  scheduleMilestoneUseCase,
  reachMilestoneUseCase,
  recordQuarterlyUpdateUseCase,
  correctQuarterlyUpdateUseCase,
  completeActionUseCase,
  cancelActionUseCase,
] as const satisfies readonly AnyUseCase[];

export const USE_CASES: readonly AnyUseCase[] = [...ACTION_USE_CASES];
