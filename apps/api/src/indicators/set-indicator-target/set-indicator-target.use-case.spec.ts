import { InvalidInputError } from '@saferplan/domain';
import { accessOf, givenIndicator, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { setIndicatorTargetUseCase as useCase } from './set-indicator-target.use-case';

describe('setIndicatorTarget', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenIndicator(harness);
  });
  afterEach(() => harness.stop());

  it("sets the quarter's target, forgiving spaces round the quarter", async () => {
    expect(await useCase.run(harness.writer, { indicatorId: 'i1', quarter: ' 2017/18 Q2 ', target: 500 }, { actor: 'c' })).toBe('i1');
    expect(await harness.recorded()).toEqual([{ type: 'IndicatorTargetSet', data: { indicatorId: 'i1', quarter: '2017/18 Q2', target: 500 } }]);
  });

  it("refuses a quarter outside the plan's year and writes nothing", async () => {
    const error = await useCase.run(harness.writer, { indicatorId: 'i1', quarter: '2018/19 Q1', target: 500 }, { actor: 'c' }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.field).toBe('quarter');
    expect(await harness.recorded()).toEqual([]);
  });

  it("is the indicator's partnership's to set", () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { indicatorId: 'i1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { indicatorId: 'i1' } })).toBe(false);
  });
});
