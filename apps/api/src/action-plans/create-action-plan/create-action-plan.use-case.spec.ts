import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { createActionPlanUseCase as useCase } from './create-action-plan.use-case';
import { InvalidInputError } from '@saferplan/domain';

describe('createActionPlan', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await harness.given('partnership-nwl', [
      { type: 'PartnershipRegistered', data: { partnershipId: 'nwl', name: 'North West Leicestershire CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } },
    ]);
  });
  afterEach(() => harness.stop());

  it("creates the partnership's plan for the trimmed year", async () => {
    const planId = await useCase.run(harness.writer, { partnershipId: 'nwl', financialYear: ' 2017/18', title: 'NWL 2017/18' }, { actor: 'c' });
    expect(await harness.recorded()).toEqual([
      {
        type: 'ActionPlanCreated',
        data: { planId, partnershipId: 'nwl', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP', financialYear: '2017/18', title: 'NWL 2017/18' },
      },
    ]);
  });

  it('refuses a year that is not one, naming financialYear, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { partnershipId: 'nwl', financialYear: '2017', title: 'Plan' }, { actor: 'c' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      field: 'financialYear',
    });
    expect(await harness.recorded()).toEqual([]);
  });

  it("is open to the partnership's coordinators", () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { partnershipId: 'nwl' } })).toBe(false);
  });
});
