import type { AnyUseCase } from './slice/use-case';
import { registerPartnershipUseCase } from './partnerships/register-partnership/register-partnership.use-case';
import { recordMemberJoinedUseCase } from './partnerships/record-member-joined/record-member-joined.use-case';
import { recordMemberLeftUseCase } from './partnerships/record-member-left/record-member-left.use-case';
import { renamePartnershipUseCase } from './partnerships/rename-partnership/rename-partnership.use-case';
import { mergePartnershipsUseCase } from './partnerships/merge-partnerships/merge-partnerships.use-case';
import { createActionPlanUseCase } from './action-plans/create-action-plan/create-action-plan.use-case';
import { addPriorityUseCase } from './action-plans/add-priority/add-priority.use-case';
import { alignPriorityUseCase } from './action-plans/align-priority/align-priority.use-case';
import { createActionUseCase } from './actions/create-action/create-action.use-case';
import { scheduleMilestoneUseCase } from './actions/schedule-milestone/schedule-milestone.use-case';
import { reachMilestoneUseCase } from './actions/reach-milestone/reach-milestone.use-case';
import { recordQuarterlyUpdateUseCase } from './actions/record-quarterly-update/record-quarterly-update.use-case';
import { correctQuarterlyUpdateUseCase } from './actions/correct-quarterly-update/correct-quarterly-update.use-case';
import { completeActionUseCase } from './actions/complete-action/complete-action.use-case';
import { cancelActionUseCase } from './actions/cancel-action/cancel-action.use-case';
import { editActionUseCase } from './actions/edit-action/edit-action.use-case';
import { sealQuarterUseCase } from './audit/seal-quarter/seal-quarter.use-case';
import { registerFundingSourceUseCase } from './funding/register-funding-source/register-funding-source.use-case';
import { allocateFundingUseCase } from './funding/allocate-funding/allocate-funding.use-case';
import { recordFundingSpendUseCase } from './funding/record-funding-spend/record-funding-spend.use-case';
import { defineIndicatorUseCase } from './indicators/define-indicator/define-indicator.use-case';
import { setIndicatorTargetUseCase } from './indicators/set-indicator-target/set-indicator-target.use-case';
import { recordIndicatorValueUseCase } from './indicators/record-indicator-value/record-indicator-value.use-case';
import { correctIndicatorValueUseCase } from './indicators/correct-indicator-value/correct-indicator-value.use-case';
import { setReportingCalendarUseCase } from './reporting-calendar/set-reporting-calendar/set-reporting-calendar.use-case';
import { closeReportingQuarterUseCase } from './reporting-calendar/close-reporting-quarter/close-reporting-quarter.use-case';
import { requireUpdateApprovalUseCase } from './reporting-calendar/require-update-approval/require-update-approval.use-case';
import { approveQuarterlyUpdateUseCase } from './actions/approve-quarterly-update/approve-quarterly-update.use-case';
import { returnQuarterlyUpdateUseCase } from './actions/return-quarterly-update/return-quarterly-update.use-case';
import { invitePersonUseCase } from './people/invite-person/invite-person.use-case';
import { grantRoleUseCase } from './people/grant-role/grant-role.use-case';
import { revokeRoleUseCase } from './people/revoke-role/revoke-role.use-case';
import { assignActionOwnerUseCase } from './people/assign-action-owner/assign-action-owner.use-case';

/**
 * Every mutation that is a use-case slice: one line each. Their resolvers are registered, their
 * access rules filed and the demo's steps dispatched from this list; its order is the order of
 * the Mutation type's fields.
 */
export const USE_CASES = [
  registerPartnershipUseCase,
  recordMemberJoinedUseCase,
  recordMemberLeftUseCase,
  renamePartnershipUseCase,
  mergePartnershipsUseCase,
  createActionPlanUseCase,
  addPriorityUseCase,
  alignPriorityUseCase,
  createActionUseCase,
  scheduleMilestoneUseCase,
  reachMilestoneUseCase,
  recordQuarterlyUpdateUseCase,
  correctQuarterlyUpdateUseCase,
  completeActionUseCase,
  cancelActionUseCase,
  editActionUseCase,
  sealQuarterUseCase,
  registerFundingSourceUseCase,
  allocateFundingUseCase,
  recordFundingSpendUseCase,
  defineIndicatorUseCase,
  setIndicatorTargetUseCase,
  recordIndicatorValueUseCase,
  correctIndicatorValueUseCase,
  setReportingCalendarUseCase,
  closeReportingQuarterUseCase,
  requireUpdateApprovalUseCase,
  approveQuarterlyUpdateUseCase,
  returnQuarterlyUpdateUseCase,
  invitePersonUseCase,
  grantRoleUseCase,
  revokeRoleUseCase,
  assignActionOwnerUseCase,
] as const satisfies readonly AnyUseCase[];

export type UseCaseMutation = (typeof USE_CASES)[number]['mutation'];
