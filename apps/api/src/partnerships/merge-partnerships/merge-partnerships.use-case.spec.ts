import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { mergePartnershipsUseCase as useCase } from './merge-partnerships.use-case';
import { NotFoundError } from '@saferplan/domain';

describe('mergePartnerships', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ partnership: (id: string) => (id === 'hinckley' ? { id, mergedIntoId: null } : undefined) } as never);
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('merges into a partnership the read model knows, answering the one that continues', async () => {
    const merge = { absorbedPartnershipId: 'nwl', intoPartnershipId: 'hinckley', on: '2017-08-01' };
    expect(await useCase.run(harness.writer, merge, { actor: 'admin' })).toBe('hinckley');
    expect(await harness.recorded()).toEqual([{ type: 'PartnershipMerged', data: { partnershipId: 'nwl', intoPartnershipId: 'hinckley', on: '2017-08-01' } }]);
  });

  it('refuses a survivor that does not exist and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { absorbedPartnershipId: 'nwl', intoPartnershipId: 'nowhere', on: '2017-08-01' }, { actor: 'admin' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await harness.recorded()).toEqual([]);
  });
});
