import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import { completeAction } from './complete-action.command';
import { CompleteActionInput } from './complete-action.input';
import { CompleteActionResolver } from './complete-action.resolver';

export const completeActionUseCase = defineUseCase<CompleteActionInput, string, 'completeAction'>({
  mutation: 'completeAction',
  input: CompleteActionInput,
  access: actionWriters,
  resolver: CompleteActionResolver,
  run: completeAction,
  recordId: (actionId) => actionId,
});
