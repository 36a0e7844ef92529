import { ConflictError } from '@saferplan/domain';
import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordQuarterlyUpdateUseCase } from '../record-quarterly-update/record-quarterly-update.use-case';
import { approveQuarterlyUpdateUseCase as useCase } from './approve-quarterly-update.use-case';

const contributor = { actor: 'contributor-nwl', caller: { roles: ['contributor'], partnerships: ['nwl'] } };
const update = { actionId: 'a1', quarter: '2017/18 Q1', rag: 'GREEN' as const, percentComplete: 40, narrative: 'Patrols started' };

describe('approveQuarterlyUpdate', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ action: (id: string) => (id === 'a1' ? ({ id, partnershipId: 'nwl' } as never) : undefined) });
    await givenAction(harness);
    await harness.given('updateapproval-nwl', [{ type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'nwl', on: true } }]);
  });
  afterEach(() => harness.stop());

  it('a contributor\'s update waits; the coordinator approves it', async () => {
    await recordQuarterlyUpdateUseCase.run(harness.writer, update, contributor);
    expect(await harness.recorded()).toEqual([{ type: 'QuarterlyUpdateRecorded', data: { ...update, status: 'SUBMITTED' } }]);
    await useCase.run(harness.writer, { actionId: 'a1', quarter: '2017/18 Q1' }, { actor: 'coordinator-nwl' });
    expect(await harness.recorded()).toEqual([{ type: 'QuarterlyUpdateApproved', data: { actionId: 'a1', quarter: '2017/18 Q1' } }]);
  });

  it('a coordinator\'s own update counts at once, and has nothing to approve', async () => {
    await recordQuarterlyUpdateUseCase.run(harness.writer, update, { actor: 'c', caller: { roles: ['coordinator'], partnerships: ['nwl'] } });
    expect(await harness.recorded()).toEqual([{ type: 'QuarterlyUpdateRecorded', data: update }]);
    await expect(useCase.run(harness.writer, { actionId: 'a1', quarter: '2017/18 Q1' }, { actor: 'c' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('is for admins and the partnership\'s coordinators, not contributors', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['contributor'], ['nwl'], { input: { actionId: 'a1' } })).toBe(false);
    expect(accessOf(recordQuarterlyUpdateUseCase, ['contributor'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(recordQuarterlyUpdateUseCase, ['contributor'], ['melton'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
