import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { correctQuarterlyUpdateUseCase as useCase } from './correct-quarterly-update.use-case';

describe('correctQuarterlyUpdate', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
    await harness.given('action-a1', [
      { type: 'QuarterlyUpdateRecorded', data: { actionId: 'a1', quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 30, narrative: 'On track' } },
    ]);
  });
  afterEach(() => harness.stop());

  const correction = { actionId: 'a1', quarter: '2017/18 Q1', rag: 'RED' as const, percentComplete: 10, narrative: 'Patrols paused', reason: 'Late return from the police' };

  it('records the correction with its reason and answers the corrected update', async () => {
    expect(await useCase.run(harness.writer, correction, { actor: 'c' })).toEqual({ actionId: 'a1', quarter: '2017/18 Q1' });
    expect(await harness.recorded()).toEqual([{ type: 'QuarterlyUpdateCorrected', data: correction }]);
  });

  it('is open to coordinators of the action\'s partnership only', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['auditor'], ['nwl'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
