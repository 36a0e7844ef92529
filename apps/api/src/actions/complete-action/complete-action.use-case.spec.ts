import { givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { completeActionUseCase as useCase } from './complete-action.use-case';

describe('completeAction', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
  });
  afterEach(() => harness.stop());

  it('completes the action and answers its id', async () => {
    expect(await useCase.run(harness.writer, { actionId: 'a1' }, { actor: 'c' })).toBe('a1');
    expect(await harness.recorded()).toEqual([{ type: 'ActionCompleted', data: { actionId: 'a1' } }]);
  });
});
