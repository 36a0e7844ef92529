import { ConflictError } from '@saferplan/domain';
import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { closeReportingQuarterUseCase as useCase } from './close-reporting-quarter.use-case';

// The harness clock stands at 4 September 2017, 11:00 BST.
describe('closeReportingQuarter', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ partnership: (id: string) => (id === 'nwl' ? ({ id } as never) : undefined) });
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('closes an ended quarter on the UK day, on the year\'s calendar stream', async () => {
    expect(useCase.recordId(await useCase.run(harness.writer, { partnershipId: 'nwl', quarter: ' 2017/18 Q1 ' }, { actor: 'coordinator-nwl' }))).toBe('nwl 2017/18');
    expect(await harness.recorded()).toEqual([
      { type: 'ReportingQuarterClosed', data: { partnershipId: 'nwl', financialYear: '2017/18', quarter: '2017/18 Q1', closedOn: '2017-09-04', closedAt: '2017-09-04T10:00:00.000Z' } },
    ]);
  });

  it('refuses the running quarter and a second close, writing nothing', async () => {
    await expect(useCase.run(harness.writer, { partnershipId: 'nwl', quarter: '2017/18 Q2' }, { actor: 'admin' })).rejects.toBeInstanceOf(ConflictError);
    await useCase.run(harness.writer, { partnershipId: 'nwl', quarter: '2017/18 Q1' }, { actor: 'admin' });
    await harness.recorded();
    await expect(useCase.run(harness.writer, { partnershipId: 'nwl', quarter: '2017/18 Q1' }, { actor: 'admin' })).rejects.toThrow('2017/18 Q1 was already closed on 4 September 2017');
    expect(await harness.recorded()).toEqual([]);
  });

  it('is for admins and the partnership\'s coordinators', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(true);
    expect(accessOf(useCase, ['contributor'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(false);
  });
});
