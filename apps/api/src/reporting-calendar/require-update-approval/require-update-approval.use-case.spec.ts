import { NotFoundError } from '@saferplan/domain';
import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { requireUpdateApprovalUseCase as useCase } from './require-update-approval.use-case';

describe('requireUpdateApproval', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ partnership: (id: string) => (id === 'nwl' ? ({ id } as never) : undefined) });
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('records the switch on the partnership\'s approval stream', async () => {
    expect(await useCase.run(harness.writer, { partnershipId: 'nwl', on: true }, { actor: 'coordinator-nwl' })).toEqual({ partnershipId: 'nwl', required: true });
    expect(await harness.recorded()).toEqual([{ type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'nwl', on: true } }]);
  });

  it('refuses an unknown partnership', async () => {
    await expect(useCase.run(harness.writer, { partnershipId: 'nope', on: true }, { actor: 'admin' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins and the partnership\'s coordinators', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(true);
    expect(accessOf(useCase, ['contributor'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(false);
  });
});
