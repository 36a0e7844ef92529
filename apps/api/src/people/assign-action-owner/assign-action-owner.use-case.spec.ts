import { InvalidInputError } from '@saferplan/domain';
import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { assignActionOwnerUseCase as useCase } from './assign-action-owner.use-case';

describe('assignActionOwner', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
    await harness.given('person-dan', [{ type: 'PersonInvited', data: { personId: 'dan', name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } }]);
  });
  afterEach(() => harness.stop());

  it('records the owner on the action', async () => {
    expect(await useCase.run(harness.writer, { actionId: 'a1', personId: 'dan' }, { actor: 'sam' })).toBe('a1');
    expect(await harness.recorded()).toEqual([{ type: 'ActionOwnerAssigned', data: { actionId: 'a1', personId: 'dan' } }]);
  });

  it('names personId for someone not recorded, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { actionId: 'a1', personId: 'nobody' }, { actor: 'sam' })).rejects.toMatchObject({ field: 'personId' });
    await expect(useCase.run(harness.writer, { actionId: 'a1', personId: 'nobody' }, { actor: 'sam' })).rejects.toThrow(InvalidInputError);
    expect(await harness.recorded()).toEqual([]);
  });

  it("is for an admin, or the coordinator of the action's partnership", () => {
    expect(accessOf(useCase, ['admin'], [], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { actionId: 'a1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['leicester'], { input: { actionId: 'a1' } })).toBe(false);
    expect(accessOf(useCase, ['contributor'], ['nwl'], { input: { actionId: 'a1' } })).toBe(false);
  });
});
