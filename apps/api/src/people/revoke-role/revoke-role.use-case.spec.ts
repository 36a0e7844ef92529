import { ConflictError } from '@saferplan/domain';
import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { revokeRoleUseCase as useCase } from './revoke-role.use-case';

describe('revokeRole', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await harness.given('person-dan', [
      { type: 'PersonInvited', data: { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } },
      { type: 'RoleGranted', data: { personId: 'dan', role: 'contributor', partnershipId: 'nwl' } },
    ]);
  });
  afterEach(() => harness.stop());

  it('revokes a held role', async () => {
    await useCase.run(harness.writer, { personId: 'dan', role: 'contributor', partnershipId: 'nwl' }, { actor: 'admin' });
    expect(await harness.recorded()).toEqual([{ type: 'RoleRevoked', data: { personId: 'dan', role: 'contributor', partnershipId: 'nwl' } }]);
  });

  it('says so when the role is not held, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { personId: 'dan', role: 'contributor', partnershipId: 'leicester' }, { actor: 'admin' })).rejects.toThrow(ConflictError);
    expect(await harness.recorded()).toEqual([]);
  });

  it('is for admins only', () => {
    expect(accessOf(useCase, ['admin'], [], {})).toBe(true);
    expect(accessOf(useCase, ['sog'], [], {})).toBe(false);
  });
});
