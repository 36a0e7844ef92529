import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import type { QuarterlyUpdateRef } from '../live-action';
import { approveQuarterlyUpdate } from './approve-quarterly-update.command';
import { ApproveQuarterlyUpdateInput } from './approve-quarterly-update.input';
import { ApproveQuarterlyUpdateResolver } from './approve-quarterly-update.resolver';

/** Coordinators of the action's partnership (and admins): the same writers as a correction. */
export const approveQuarterlyUpdateUseCase = defineUseCase<ApproveQuarterlyUpdateInput, QuarterlyUpdateRef, 'approveQuarterlyUpdate'>({
  mutation: 'approveQuarterlyUpdate',
  input: ApproveQuarterlyUpdateInput,
  access: actionWriters,
  resolver: ApproveQuarterlyUpdateResolver,
  run: approveQuarterlyUpdate,
  recordId: (ref) => ref.actionId,
});
