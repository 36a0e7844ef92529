import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { registerFundingSourceUseCase as useCase } from './register-funding-source.use-case';

describe('registerFundingSource', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
    await harness.given('partnership-pcc', [
      { type: 'PartnershipRegistered', data: { partnershipId: 'pcc', name: 'OPCC Leicestershire', kind: 'POLICE_AND_CRIME_COMMISSIONER' } },
    ]);
  });
  afterEach(() => harness.stop());

  it('registers money from the funder to the recipient', async () => {
    const source = { name: 'Partnership Locality Fund', funderPartnershipId: 'pcc', recipientPartnershipId: 'nwl', financialYear: '2017/18', amount: 25000 };
    const fundingSourceId = await useCase.run(harness.writer, source, { actor: 'admin' });
    expect(await harness.recorded()).toEqual([{ type: 'FundingSourceRegistered', data: { fundingSourceId, ...source } }]);
  });
});
