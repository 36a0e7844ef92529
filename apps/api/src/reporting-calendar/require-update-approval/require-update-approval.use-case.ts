import { defineUseCase } from '../../slice/use-case';
import type { UpdateApprovalObject } from '../reporting-calendar.objects';
import { calendarKeepers } from '../reporting-calendar-access';
import { requireUpdateApproval } from './require-update-approval.command';
import { RequireUpdateApprovalInput } from './require-update-approval.input';
import { RequireUpdateApprovalResolver } from './require-update-approval.resolver';

export const requireUpdateApprovalUseCase = defineUseCase<RequireUpdateApprovalInput, UpdateApprovalObject, 'requireUpdateApproval'>({
  mutation: 'requireUpdateApproval',
  input: RequireUpdateApprovalInput,
  access: calendarKeepers,
  resolver: RequireUpdateApprovalResolver,
  run: requireUpdateApproval,
  recordId: (result) => result.partnershipId,
});
