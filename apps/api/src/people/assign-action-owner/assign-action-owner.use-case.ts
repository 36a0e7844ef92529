import { actionOwner, input, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { assignActionOwner } from './assign-action-owner.command';
import { AssignActionOwnerInput } from './assign-action-owner.input';
import { AssignActionOwnerResolver } from './assign-action-owner.resolver';

/** The coordinator of the action's partnership, or an admin. */
export const assignActionOwnerUseCase = defineUseCase<AssignActionOwnerInput, string, 'assignActionOwner'>({
  mutation: 'assignActionOwner',
  input: AssignActionOwnerInput,
  access: writeOwn((args, live) => [actionOwner(live, input(args).actionId)]),
  resolver: AssignActionOwnerResolver,
  run: assignActionOwner,
  recordId: (actionId) => actionId,
});
