import { InvalidInputError, NotFoundError } from '@saferplan/domain';
import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { setReportingCalendarUseCase as useCase } from './set-reporting-calendar.use-case';

describe('setReportingCalendar', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ partnership: (id: string) => (id === 'nwl' ? ({ id } as never) : undefined) });
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('records the whole calendar for the year, defaults filled in, on its own stream', async () => {
    const ref = await useCase.run(harness.writer, { partnershipId: 'nwl', financialYear: ' 2017/18 ', quarters: [{ quarter: 'Q1', boardMeeting: '2017-09-04' }] }, { actor: 'coordinator-nwl' });
    expect(useCase.recordId(ref)).toBe('nwl 2017/18');
    const [event] = await harness.recorded();
    expect(event.type).toBe('ReportingCalendarSet');
    expect((event.data as any).quarters[0]).toEqual({ quarter: '2017/18 Q1', updateDeadline: '2017-07-30', boardMeeting: '2017-09-04' });
  });

  it('refuses an unknown partnership and a bad deadline, writing nothing', async () => {
    await expect(useCase.run(harness.writer, { partnershipId: 'nope', financialYear: '2017/18' }, { actor: 'admin' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(useCase.run(harness.writer, { partnershipId: 'nwl', financialYear: '2017/18', quarters: [{ quarter: 'Q2', updateDeadline: '2017-31-12' }] }, { actor: 'admin' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      field: 'quarters.0.updateDeadline',
    });
    expect(await harness.recorded()).toEqual([]);
  });

  it('is for admins and the partnership\'s coordinators', () => {
    const args = { input: { partnershipId: 'nwl' } };
    expect(accessOf(useCase, ['admin'], [], args)).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], args)).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], args)).toBe(false);
    expect(accessOf(useCase, ['contributor', 'sog'], ['nwl'], args)).toBe(false);
  });
});
