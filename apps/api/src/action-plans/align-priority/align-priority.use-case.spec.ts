import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { alignPriorityUseCase as useCase } from './align-priority.use-case';
import { NotFoundError } from '@saferplan/domain';

describe('alignPriority', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({
      priority: (id: string) => ({ asb: { planId: 'plan1' }, county: { planId: 'county-plan' } })[id] as never,
    });
    await givenPlan(harness);
    await harness.given('partnership-board', [
      { type: 'PartnershipRegistered', data: { partnershipId: 'board', name: 'Leicestershire SSCB', kind: 'COUNTY_STRATEGY_BOARD' } },
    ]);
    await harness.given('actionplan-county-plan', [
      {
        type: 'ActionPlanCreated',
        data: { planId: 'county-plan', partnershipId: 'board', partnershipKind: 'COUNTY_STRATEGY_BOARD', financialYear: '2017/18', title: 'County 2017/18' },
      },
      { type: 'PriorityAdded', data: { planId: 'county-plan', priorityId: 'county', title: 'Community confidence', statutory: false } },
    ]);
  });
  afterEach(() => harness.stop());

  it('aligns the district priority to the county one, found through the read model', async () => {
    expect(await useCase.run(harness.writer, { priorityId: 'asb', alignedToPriorityId: 'county' }, { actor: 'c' })).toBe('asb');
    expect((await harness.recorded()).map((event) => event.type)).toEqual(['PriorityAligned']);
  });

  it('refuses a target the read model does not know and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { priorityId: 'asb', alignedToPriorityId: 'nope' }, { actor: 'c' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await harness.recorded()).toEqual([]);
  });
});
