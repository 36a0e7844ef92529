import { defineUseCase } from '../../slice/use-case';
import { indicatorWriters } from '../indicator-access';
import { setIndicatorTarget } from './set-indicator-target.command';
import { SetIndicatorTargetInput } from './set-indicator-target.input';
import { SetIndicatorTargetResolver } from './set-indicator-target.resolver';

export const setIndicatorTargetUseCase = defineUseCase<SetIndicatorTargetInput, string, 'setIndicatorTarget'>({
  mutation: 'setIndicatorTarget',
  input: SetIndicatorTargetInput,
  access: indicatorWriters,
  resolver: SetIndicatorTargetResolver,
  run: setIndicatorTarget,
  recordId: (indicatorId) => indicatorId,
});
