import { InvalidInputError } from '@saferplan/domain';
import { givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { editActionUseCase as useCase } from './edit-action.use-case';

describe('editAction', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
  });
  afterEach(() => harness.stop());

  it('records the action\'s new title and leads', async () => {
    const input = { actionId: 'a1', title: 'Monthly JAG', leadAgency: 'Leicestershire Police', leadOfficer: 'Insp. Shaw' };
    expect(await useCase.run(harness.writer, input, { actor: 'c' })).toBe('a1');
    expect(await harness.recorded()).toEqual([{ type: 'ActionEdited', data: input }]);
  });

  it('refuses blank title and lead agency together, naming both, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', title: ' ', leadAgency: '' }, { actor: 'c' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      problems: [
        { field: 'title', message: 'title is required' },
        { field: 'leadAgency', message: 'leadAgency is required' },
      ],
    });
    expect(await harness.recorded()).toEqual([]);
  });
});
