import { defineUseCase } from '../../slice/use-case';
import { actionWriters } from '../action-access';
import { editAction } from './edit-action.command';
import { EditActionInput } from './edit-action.input';
import { EditActionResolver } from './edit-action.resolver';

export const editActionUseCase = defineUseCase<EditActionInput, string, 'editAction'>({
  mutation: 'editAction',
  input: EditActionInput,
  access: actionWriters,
  resolver: EditActionResolver,
  run: editAction,
  recordId: (actionId) => actionId,
});
