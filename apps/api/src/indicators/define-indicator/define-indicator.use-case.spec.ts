import { InvalidInputError, NotFoundError } from '@saferplan/domain';
import { newId } from '../../common/new-id';
import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { defineIndicatorUseCase as useCase } from './define-indicator.use-case';

describe('defineIndicator', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  const indicator = { planId: 'plan1', priorityId: 'asb', name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER' } as const;

  it("defines the indicator with its plan's facts and the default tolerance, its id derived from the commandId", async () => {
    const indicatorId = await useCase.run(harness.writer, indicator, { actor: 'coordinator-nwl', commandId: 'c-1' });
    expect(indicatorId).toBe(newId('indicator', 'c-1'));
    expect(await harness.recorded()).toEqual([
      {
        type: 'IndicatorDefined',
        data: {
          indicatorId, planId: 'plan1', partnershipId: 'nwl', financialYear: '2017/18', priorityId: 'asb', name: 'ASB reports',
          unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: null, source: null, amberTolerancePercent: 5, aggregation: null,
        },
      },
    ]);
  });

  it('refuses an unknown plan or a tolerance outside 0-100, writing nothing', async () => {
    await expect(useCase.run(harness.writer, { ...indicator, planId: 'nope' }, { actor: 'c' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(useCase.run(harness.writer, { ...indicator, amberTolerancePercent: 101 }, { actor: 'c' })).rejects.toMatchObject(
      new InvalidInputError('amberTolerancePercent', 'amberTolerancePercent must be a number from 0 to 100'),
    );
    expect(await harness.recorded()).toEqual([]);
  });

  it("is open to admins and to coordinators of the plan's partnership only", () => {
    expect(accessOf(useCase, ['admin'], [], { input: { planId: 'plan1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { planId: 'plan1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { planId: 'plan1' } })).toBe(false);
    expect(accessOf(useCase, ['sog'], ['nwl'], { input: { planId: 'plan1' } })).toBe(false);
  });
});
