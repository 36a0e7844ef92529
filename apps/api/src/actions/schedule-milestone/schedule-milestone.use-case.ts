import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import { scheduleMilestone } from './schedule-milestone.command';
import { ScheduleMilestoneInput } from './schedule-milestone.input';
import { ScheduleMilestoneResolver } from './schedule-milestone.resolver';

export const scheduleMilestoneUseCase = defineUseCase<ScheduleMilestoneInput, string, 'scheduleMilestone'>({
  mutation: 'scheduleMilestone',
  input: ScheduleMilestoneInput,
  access: actionWriters,
  resolver: ScheduleMilestoneResolver,
  run: scheduleMilestone,
  recordId: (milestoneId) => milestoneId,
});
