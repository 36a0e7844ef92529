import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { renamePartnershipUseCase as useCase } from './rename-partnership.use-case';

describe('renamePartnership', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('renames the partnership, keeping the name it had', async () => {
    expect(await useCase.run(harness.writer, { partnershipId: 'nwl', name: 'NWL Safer Communities', on: '2017-07-01' }, { actor: 'admin' })).toBe('nwl');
    expect(await harness.recorded()).toEqual([
      { type: 'PartnershipRenamed', data: { partnershipId: 'nwl', previousName: 'North West Leicestershire CSP', name: 'NWL Safer Communities', on: '2017-07-01' } },
    ]);
  });
});
