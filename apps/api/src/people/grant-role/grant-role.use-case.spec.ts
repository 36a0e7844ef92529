import { ConflictError, InvalidInputError } from '@saferplan/domain';
import type { PlanQueries } from '@saferplan/projections';
import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { grantRoleUseCase as useCase } from './grant-role.use-case';

describe('grantRole', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start({ partnership: (id: string) => (id === 'nwl' ? ({ id } as ReturnType<PlanQueries['partnership']>) : undefined) });
    await harness.given('person-dan', [{ type: 'PersonInvited', data: { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } }]);
  });
  afterEach(() => harness.stop());

  it('grants a contributor role for a registered partnership', async () => {
    expect(await useCase.run(harness.writer, { personId: 'dan', role: 'contributor', partnershipId: 'nwl' }, { actor: 'admin' })).toBe('dan');
    expect(await harness.recorded()).toEqual([{ type: 'RoleGranted', data: { personId: 'dan', role: 'contributor', partnershipId: 'nwl' } }]);
  });

  it('names the partnership when it is not registered, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { personId: 'dan', role: 'contributor', partnershipId: 'nowhere' }, { actor: 'admin' })).rejects.toMatchObject({ field: 'partnershipId' });
    await expect(useCase.run(harness.writer, { personId: 'nobody', role: 'sog' }, { actor: 'admin' })).rejects.toThrow(InvalidInputError);
    expect(await harness.recorded()).toEqual([]);
  });

  it('refuses a role held already', async () => {
    await useCase.run(harness.writer, { personId: 'dan', role: 'sog' }, { actor: 'admin' });
    await expect(useCase.run(harness.writer, { personId: 'dan', role: 'sog' }, { actor: 'admin' })).rejects.toThrow(ConflictError);
  });

  it('is for admins only', () => {
    expect(accessOf(useCase, ['admin'], [], {})).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { partnershipId: 'nwl' } })).toBe(false);
  });
});
