import { InvalidInputError } from '@saferplan/domain';
import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { returnQuarterlyUpdateUseCase as useCase } from './return-quarterly-update.use-case';

const figures = { actionId: 'a1', quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 40, narrative: 'Patrols started' };

describe('returnQuarterlyUpdate', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
    await harness.given('action-a1', [{ type: 'QuarterlyUpdateRecorded', data: { ...figures, status: 'SUBMITTED' } }]);
  });
  afterEach(() => harness.stop());

  it('returns a submitted update with the coordinator\'s comment', async () => {
    expect(await useCase.run(harness.writer, { actionId: 'a1', quarter: ' 2017/18 Q1 ', comment: 'Say which streets' }, { actor: 'coordinator-nwl' })).toEqual({ actionId: 'a1', quarter: '2017/18 Q1' });
    expect(await harness.recorded()).toEqual([{ type: 'QuarterlyUpdateReturned', data: { actionId: 'a1', quarter: '2017/18 Q1', comment: 'Say which streets' } }]);
  });

  it('needs a comment, and writes nothing without one', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', quarter: '2017/18 Q1', comment: '  ' }, { actor: 'c' })).rejects.toMatchObject({ constructor: InvalidInputError, field: 'comment' });
    expect(await harness.recorded()).toEqual([]);
  });

  it('is for admins and the partnership\'s coordinators', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['contributor'], ['nwl'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
