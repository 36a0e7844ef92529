import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { sealQuarterUseCase as useCase } from './seal-quarter.use-case';

describe('sealQuarter', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('seals an ended quarter over every stream head, answering the seal and who sealed it', async () => {
    const { seal, sealedBy } = await useCase.run(harness.writer, { financialYear: '2017/18', quarter: 'Q1' }, { actor: 'admin' });
    expect(sealedBy).toBe('admin');
    expect(seal).toMatchObject({ financialYear: '2017/18', quarter: '2017/18 Q1', streamCount: 2, eventCount: 3, throughPosition: 3 });
    expect(useCase.recordId({ seal, sealedBy })).toBe('2017/18 Q1');
    expect((await harness.recorded()).map((event) => event.type)).toEqual(['QuarterSealed']);
  });

  it('is for admins only', () => {
    expect(accessOf(useCase, ['auditor'], [], {})).toBe(false);
    expect(accessOf(useCase, ['admin'], [], {})).toBe(true);
  });
});
