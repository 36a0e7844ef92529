import { defineUseCase } from '../../slice/use-case';
import { actionProgressWriters } from '../action-access';
import type { QuarterlyUpdateRef } from '../live-action';
import { correctQuarterlyUpdate } from './correct-quarterly-update.command';
import { CorrectQuarterlyUpdateInput } from './correct-quarterly-update.input';
import { CorrectQuarterlyUpdateResolver } from './correct-quarterly-update.resolver';

export const correctQuarterlyUpdateUseCase = defineUseCase<CorrectQuarterlyUpdateInput, QuarterlyUpdateRef, 'correctQuarterlyUpdate'>({
  mutation: 'correctQuarterlyUpdate',
  input: CorrectQuarterlyUpdateInput,
  access: actionProgressWriters,
  resolver: CorrectQuarterlyUpdateResolver,
  run: correctQuarterlyUpdate,
  recordId: (ref) => ref.actionId,
});
