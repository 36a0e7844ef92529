import { InvalidInputError } from '@saferplan/domain';
import { newId } from '../../common/new-id';
import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { scheduleMilestoneUseCase as useCase } from './schedule-milestone.use-case';

describe('scheduleMilestone', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
  });
  afterEach(() => harness.stop());

  it('schedules the milestone in the trimmed quarter and answers its id', async () => {
    const milestoneId = await useCase.run(harness.writer, { actionId: 'a1', title: 'Patrol rota agreed', dueQuarter: '2017/18 Q3 ' }, { actor: 'c', commandId: 'm-1' });
    expect(milestoneId).toBe(newId('milestone', 'm-1'));
    expect(await harness.recorded()).toEqual([
      { type: 'MilestoneScheduled', data: { actionId: 'a1', milestoneId, title: 'Patrol rota agreed', dueQuarter: '2017/18 Q3' } },
    ]);
  });

  it('refuses a quarter that is not one, naming dueQuarter, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', title: 'Rota', dueQuarter: '2017 Q5' }, { actor: 'c' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      field: 'dueQuarter',
    });
    expect(await harness.recorded()).toEqual([]);
  });

  it('is open to coordinators of the action\'s partnership only', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
