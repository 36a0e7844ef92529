import { givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordMemberJoinedUseCase as useCase } from './record-member-joined.use-case';

describe('recordMemberJoined', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  it('records the agency joining on its date and answers the partnership', async () => {
    const joined = { partnershipId: 'nwl', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2017-06-01' };
    expect(await useCase.run(harness.writer, joined, { actor: 'admin' })).toBe('nwl');
    expect(await harness.recorded()).toEqual([{ type: 'MemberJoined', data: joined }]);
  });
});
