import { input, partnership, writeOwn } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { createActionPlan } from './create-action-plan.command';
import { CreateActionPlanInput } from './create-action-plan.input';
import { CreateActionPlanResolver } from './create-action-plan.resolver';

export const createActionPlanUseCase = defineUseCase<CreateActionPlanInput, string, 'createActionPlan'>({
  mutation: 'createActionPlan',
  input: CreateActionPlanInput,
  access: writeOwn((args) => [partnership(input(args).partnershipId)]),
  resolver: CreateActionPlanResolver,
  run: createActionPlan,
  recordId: (planId) => planId,
});
