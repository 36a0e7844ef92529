import { NotFoundError } from '@saferplan/domain';
import { givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { reachMilestoneUseCase as useCase } from './reach-milestone.use-case';

describe('reachMilestone', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
    await harness.given('action-a1', [{ type: 'MilestoneScheduled', data: { actionId: 'a1', milestoneId: 'm1', title: 'Rota agreed', dueQuarter: '2017/18 Q2' } }]);
  });
  afterEach(() => harness.stop());

  it('records the milestone reached on its date, with no evidence when none is given', async () => {
    expect(await useCase.run(harness.writer, { actionId: 'a1', milestoneId: 'm1', reachedOn: '2017-08-30' }, { actor: 'c' })).toBe('m1');
    expect(await harness.recorded()).toEqual([
      { type: 'MilestoneReached', data: { actionId: 'a1', milestoneId: 'm1', reachedOn: '2017-08-30', evidence: null } },
    ]);
  });

  it('refuses a milestone the action does not have and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', milestoneId: 'm9', reachedOn: '2017-08-30' }, { actor: 'c' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await harness.recorded()).toEqual([]);
  });
});
