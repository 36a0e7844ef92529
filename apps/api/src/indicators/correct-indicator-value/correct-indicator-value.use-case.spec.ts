import { InvalidInputError } from '@saferplan/domain';
import { accessOf, givenIndicator, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { correctIndicatorValueUseCase as useCase } from './correct-indicator-value.use-case';

describe('correctIndicatorValue', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenIndicator(harness, { type: 'IndicatorValueRecorded', data: { indicatorId: 'i1', quarter: '2017/18 Q1', value: 560, note: null } });
  });
  afterEach(() => harness.stop());

  it('corrects the recorded value with the reason', async () => {
    const input = { indicatorId: 'i1', quarter: '2017/18 Q1', value: 551, reason: 'duplicate reports removed' };
    expect(await useCase.run(harness.writer, input, { actor: 'c' })).toBe('i1');
    expect(await harness.recorded()).toEqual([{ type: 'IndicatorValueCorrected', data: { ...input, note: null } }]);
  });

  it('refuses to correct a quarter with no value yet', async () => {
    const input = { indicatorId: 'i1', quarter: '2017/18 Q2', value: 551, reason: 'typo' };
    await expect(useCase.run(harness.writer, input, { actor: 'c' })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await harness.recorded()).toEqual([]);
  });

  it("is the indicator's partnership's to correct", () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { indicatorId: 'i1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { indicatorId: 'i1' } })).toBe(false);
  });
});
