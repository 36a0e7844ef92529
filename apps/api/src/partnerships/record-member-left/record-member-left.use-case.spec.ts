import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordMemberLeftUseCase as useCase } from './record-member-left.use-case';

describe('recordMemberLeft', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
    await harness.given('partnership-nwl', [
      { type: 'MemberJoined', data: { partnershipId: 'nwl', agency: 'Probation', responsibleAuthority: true, voting: true, on: '2017-04-01' } },
    ]);
  });
  afterEach(() => harness.stop());

  it('records the agency leaving and answers the partnership', async () => {
    expect(await useCase.run(harness.writer, { partnershipId: 'nwl', agency: 'Probation', on: '2017-08-01' }, { actor: 'admin' })).toBe('nwl');
    expect(await harness.recorded()).toEqual([{ type: 'MemberLeft', data: { partnershipId: 'nwl', agency: 'Probation', on: '2017-08-01' } }]);
  });
});
