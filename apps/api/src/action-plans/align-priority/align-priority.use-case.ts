import { input, priorityOwner, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { alignPriority } from './align-priority.command';
import { AlignPriorityInput } from './align-priority.input';
import { AlignPriorityResolver } from './align-priority.resolver';

export const alignPriorityUseCase = defineUseCase<AlignPriorityInput, string, 'alignPriority'>({
  mutation: 'alignPriority',
  input: AlignPriorityInput,
  access: writeOwn((args, live) => [priorityOwner(live, input(args).priorityId)]),
  resolver: AlignPriorityResolver,
  run: alignPriority,
  recordId: (priorityId) => priorityId,
});
