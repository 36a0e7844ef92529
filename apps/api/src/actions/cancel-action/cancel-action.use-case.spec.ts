import { InvalidInputError } from '@saferplan/domain';
import { givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { cancelActionUseCase as useCase } from './cancel-action.use-case';

describe('cancelAction', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
  });
  afterEach(() => harness.stop());

  it('cancels the action with its reason', async () => {
    expect(await useCase.run(harness.writer, { actionId: 'a1', reason: 'Funding withdrawn' }, { actor: 'c' })).toBe('a1');
    expect(await harness.recorded()).toEqual([{ type: 'ActionCancelled', data: { actionId: 'a1', reason: 'Funding withdrawn' } }]);
  });

  it('refuses a blank reason, naming the field, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', reason: '  ' }, { actor: 'c' })).rejects.toMatchObject({ constructor: InvalidInputError, field: 'reason' });
    expect(await harness.recorded()).toEqual([]);
  });
});
