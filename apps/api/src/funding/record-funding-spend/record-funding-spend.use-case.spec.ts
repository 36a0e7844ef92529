import { accessOf, givenFundingSource, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordFundingSpendUseCase as useCase } from './record-funding-spend.use-case';

describe('recordFundingSpend', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenFundingSource(harness, { type: 'FundingAllocated', data: { fundingSourceId: 'f1', actionId: 'a1', amount: 5000 } });
  });
  afterEach(() => harness.stop());

  it("records the quarter's spend on the action", async () => {
    const spend = { fundingSourceId: 'f1', actionId: 'a1', quarter: '2017/18 Q1', amount: 1200 };
    expect(await useCase.run(harness.writer, spend, { actor: 'c' })).toBe('f1');
    expect(await harness.recorded()).toEqual([{ type: 'FundingSpendRecorded', data: spend }]);
  });

  it("is the recipient's to report, on its own action", () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
