import { defineUseCase } from '../../slice/use-case';
import { input, planOwner, writeOwn } from '../../auth/access-policy';
import { createAction } from './create-action.command';
import { CreateActionInput } from './create-action.input';
import { CreateActionResolver } from './create-action.resolver';

export const createActionUseCase = defineUseCase<CreateActionInput, string, 'createAction'>({
  mutation: 'createAction',
  input: CreateActionInput,
  access: writeOwn((args, live) => [planOwner(live, input(args).planId)]),
  resolver: CreateActionResolver,
  run: createAction,
  recordId: (actionId) => actionId,
});
