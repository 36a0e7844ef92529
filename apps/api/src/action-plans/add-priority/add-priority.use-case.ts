import { input, planOwner, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { addPriority } from './add-priority.command';
import { AddPriorityInput } from './add-priority.input';
import { AddPriorityResolver } from './add-priority.resolver';

export const addPriorityUseCase = defineUseCase<AddPriorityInput, string, 'addPriority'>({
  mutation: 'addPriority',
  input: AddPriorityInput,
  access: writeOwn((args, live) => [planOwner(live, input(args).planId)]),
  resolver: AddPriorityResolver,
  run: addPriority,
  recordId: (priorityId) => priorityId,
});
