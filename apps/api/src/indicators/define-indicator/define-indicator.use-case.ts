import { input, planOwner, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { defineIndicator } from './define-indicator.command';
import { DefineIndicatorInput } from './define-indicator.input';
import { DefineIndicatorResolver } from './define-indicator.resolver';

export const defineIndicatorUseCase = defineUseCase<DefineIndicatorInput, string, 'defineIndicator'>({
  mutation: 'defineIndicator',
  input: DefineIndicatorInput,
  access: writeOwn((args, live) => [planOwner(live, input(args).planId)]),
  resolver: DefineIndicatorResolver,
  run: defineIndicator,
  recordId: (indicatorId) => indicatorId,
});
