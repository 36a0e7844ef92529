import { ConflictError, InvalidInputError } from '@saferplan/domain';
import { accessOf, givenIndicator, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordIndicatorValueUseCase as useCase } from './record-indicator-value.use-case';

describe('recordIndicatorValue', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenIndicator(harness);
  });
  afterEach(() => harness.stop());

  it("records the quarter's value", async () => {
    expect(await useCase.run(harness.writer, { indicatorId: 'i1', quarter: '2017/18 Q1', value: 560, note: 'provisional' }, { actor: 'c' })).toBe('i1');
    expect(await harness.recorded()).toEqual([
      { type: 'IndicatorValueRecorded', data: { indicatorId: 'i1', quarter: '2017/18 Q1', value: 560, note: 'provisional' } },
    ]);
  });

  it('refuses a value that is not a finite number, and a second value for the quarter', async () => {
    const error = await useCase.run(harness.writer, { indicatorId: 'i1', quarter: '2017/18 Q1', value: Number.NaN }, { actor: 'c' }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.field).toBe('value');
    expect(await harness.recorded()).toEqual([]);
    await useCase.run(harness.writer, { indicatorId: 'i1', quarter: '2017/18 Q1', value: 560 }, { actor: 'c' });
    await harness.recorded();
    await expect(useCase.run(harness.writer, { indicatorId: 'i1', quarter: '2017/18 Q1', value: 561 }, { actor: 'c' })).rejects.toBeInstanceOf(ConflictError);
    expect(await harness.recorded()).toEqual([]);
  });

  it("is the indicator's partnership's to record", () => {
    expect(accessOf(useCase, ['admin'], [], { input: { indicatorId: 'i1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { indicatorId: 'i1' } })).toBe(false);
    expect(accessOf(useCase, ['auditor'], ['nwl'], { input: { indicatorId: 'i1' } })).toBe(false);
  });
});
