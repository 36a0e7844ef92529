import { defineUseCase } from '../../slice/use-case';
import { actionProgressWriters } from '../action-access';
import { reachMilestone } from './reach-milestone.command';
import { ReachMilestoneInput } from './reach-milestone.input';
import { ReachMilestoneResolver } from './reach-milestone.resolver';

export const reachMilestoneUseCase = defineUseCase<ReachMilestoneInput, string, 'reachMilestone'>({
  mutation: 'reachMilestone',
  input: ReachMilestoneInput,
  access: actionProgressWriters,
  resolver: ReachMilestoneResolver,
  run: reachMilestone,
  recordId: (milestoneId) => milestoneId,
});
