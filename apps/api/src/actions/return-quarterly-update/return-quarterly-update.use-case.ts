import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import type { QuarterlyUpdateRef } from '../live-action';
import { returnQuarterlyUpdate } from './return-quarterly-update.command';
import { ReturnQuarterlyUpdateInput } from './return-quarterly-update.input';
import { ReturnQuarterlyUpdateResolver } from './return-quarterly-update.resolver';

/** Coordinators of the action's partnership (and admins): the same writers as a correction. */
export const returnQuarterlyUpdateUseCase = defineUseCase<ReturnQuarterlyUpdateInput, QuarterlyUpdateRef, 'returnQuarterlyUpdate'>({
  mutation: 'returnQuarterlyUpdate',
  input: ReturnQuarterlyUpdateInput,
  access: actionWriters,
  resolver: ReturnQuarterlyUpdateResolver,
  run: returnQuarterlyUpdate,
  recordId: (ref) => ref.actionId,
});
