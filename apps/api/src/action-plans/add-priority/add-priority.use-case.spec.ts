import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { addPriorityUseCase as useCase } from './add-priority.use-case';

describe('addPriority', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('adds the priority to the plan and answers its id', async () => {
    const priorityId = await useCase.run(harness.writer, { planId: 'plan1', title: 'Reducing re-offending', statutory: true }, { actor: 'c' });
    expect(await harness.recorded()).toEqual([
      { type: 'PriorityAdded', data: { planId: 'plan1', priorityId, title: 'Reducing re-offending', statutory: true } },
    ]);
  });
});
