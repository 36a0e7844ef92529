import { accessOf, givenFundingSource, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { allocateFundingUseCase as useCase } from './allocate-funding.use-case';

describe('allocateFunding', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenFundingSource(harness);
  });
  afterEach(() => harness.stop());

  it("sets part of the source against one of the recipient's actions", async () => {
    expect(await useCase.run(harness.writer, { fundingSourceId: 'f1', actionId: 'a1', amount: 5000 }, { actor: 'admin' })).toBe('f1');
    expect(await harness.recorded()).toEqual([{ type: 'FundingAllocated', data: { fundingSourceId: 'f1', actionId: 'a1', amount: 5000 } }]);
  });

  it("is the funder's to make, not the recipient's", () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { fundingSourceId: 'f1' } })).toBe(false);
  });
});
