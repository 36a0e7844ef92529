import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import { cancelAction } from './cancel-action.command';
import { CancelActionInput } from './cancel-action.input';
import { CancelActionResolver } from './cancel-action.resolver';

export const cancelActionUseCase = defineUseCase<CancelActionInput, string, 'cancelAction'>({
  mutation: 'cancelAction',
  input: CancelActionInput,
  access: actionWriters,
  resolver: CancelActionResolver,
  run: cancelAction,
  recordId: (actionId) => actionId,
});
