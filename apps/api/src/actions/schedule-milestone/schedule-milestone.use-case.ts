import { defineUseCase } from '../../slice/use-case';
import { actionProgressWriters } from '../action-access';
import { scheduleMilestone } from './schedule-milestone.command';
import { ScheduleMilestoneInput } from './schedule-milestone.input';
import { ScheduleMilestoneResolver } from './schedule-milestone.resolver';

export const scheduleMilestoneUseCase = defineUseCase<ScheduleMilestoneInput, string, 'scheduleMilestone'>({
  mutation: 'scheduleMilestone',
  input: ScheduleMilestoneInput,
  access: actionProgressWriters,
  resolver: ScheduleMilestoneResolver,
  run: scheduleMilestone,
  recordId: (milestoneId) => milestoneId,
});
