import { ConflictError } from '@saferplan/domain';
import { newId } from '../../common/new-id';
import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { invitePersonUseCase as useCase } from './invite-person.use-case';

describe('invitePerson', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
  });
  afterEach(() => harness.stop());

  const dan = { name: 'Inspector Dan Hughes', email: 'Dan.Hughes@Police.example', organisation: 'Leicestershire Police' };

  it('records the person under an id derived from the commandId, the email lower-cased', async () => {
    const id = await useCase.run(harness.writer, dan, { actor: 'admin', commandId: 'p-1' });
    expect(id).toBe(newId('person', 'p-1'));
    expect(await harness.recorded()).toEqual([
      { type: 'PersonInvited', data: { personId: id, name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police' } },
    ]);
  });

  it('refuses an email another person already has, whatever its case, and writes nothing', async () => {
    await useCase.run(harness.writer, dan, { actor: 'admin', commandId: 'p-1' });
    await harness.recorded();
    await expect(useCase.run(harness.writer, { ...dan, email: 'DAN.HUGHES@police.example' }, { actor: 'admin', commandId: 'p-2' })).rejects.toThrow(ConflictError);
    expect(await harness.recorded()).toEqual([]);
  });

  it('is for admins only', () => {
    expect(accessOf(useCase, ['admin'], [], {})).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], {})).toBe(false);
  });
});
