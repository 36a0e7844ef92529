import { newId } from '../../common/new-id';
import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { registerPartnershipUseCase as useCase } from './register-partnership.use-case';

describe('registerPartnership', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
  });
  afterEach(() => harness.stop());

  it('registers the partnership under an id derived from the commandId', async () => {
    const id = await useCase.run(harness.writer, { name: 'Melton CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' }, { actor: 'admin', commandId: 'p-1' });
    expect(id).toBe(newId('partnership', 'p-1'));
    expect(await harness.recorded()).toEqual([
      { type: 'PartnershipRegistered', data: { partnershipId: id, name: 'Melton CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } },
    ]);
  });

  it('is for admins only', () => {
    expect(accessOf(useCase, ['admin'], [], {})).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], {})).toBe(false);
  });
});
