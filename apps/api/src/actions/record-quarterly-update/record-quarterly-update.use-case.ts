import { defineUseCase } from '../../slice/use-case';
import { actionProgressWriters } from '../action-access';
import type { QuarterlyUpdateRef } from '../live-action';
import { recordQuarterlyUpdate } from './record-quarterly-update.command';
import { RecordQuarterlyUpdateInput } from './record-quarterly-update.input';
import { RecordQuarterlyUpdateResolver } from './record-quarterly-update.resolver';

export const recordQuarterlyUpdateUseCase = defineUseCase<RecordQuarterlyUpdateInput, QuarterlyUpdateRef, 'recordQuarterlyUpdate'>({
  mutation: 'recordQuarterlyUpdate',
  input: RecordQuarterlyUpdateInput,
  access: actionProgressWriters,
  resolver: RecordQuarterlyUpdateResolver,
  run: recordQuarterlyUpdate,
  recordId: (ref) => ref.actionId,
});
