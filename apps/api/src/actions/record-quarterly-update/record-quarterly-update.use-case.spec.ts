import { InvalidInputError } from '@saferplan/domain';
import { accessOf, givenAction, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { recordQuarterlyUpdateUseCase as useCase } from './record-quarterly-update.use-case';

describe('recordQuarterlyUpdate', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenAction(harness);
  });
  afterEach(() => harness.stop());

  const update = { actionId: 'a1', quarter: ' 2017/18 Q1 ', rag: 'AMBER' as const, percentComplete: 40, narrative: 'Patrols started in Coalville' };

  it('records the update on the action, the quarter trimmed, and answers which update it wrote', async () => {
    const ref = await useCase.run(harness.writer, update, { actor: 'coordinator-nwl' });
    expect(ref).toEqual({ actionId: 'a1', quarter: '2017/18 Q1' });
    expect(useCase.recordId(ref)).toBe('a1');
    expect(await harness.recorded()).toEqual([
      {
        type: 'QuarterlyUpdateRecorded',
        data: { actionId: 'a1', quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 40, narrative: 'Patrols started in Coalville' },
      },
    ]);
  });

  it('refuses a quarter outside the plan year, naming the field, and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { ...update, quarter: '2018/19 Q1' }, { actor: 'coordinator-nwl' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      field: 'quarter',
    });
    expect(await harness.recorded()).toEqual([]);
  });

  it('is open to admins and to coordinators of the action\'s partnership only', () => {
    const args = { input: { actionId: 'a1' } };
    expect(accessOf(useCase, ['admin'], [], args)).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['nwl'], args)).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], args)).toBe(false);
    expect(accessOf(useCase, ['sog', 'auditor'], ['nwl'], args)).toBe(false);
  });
});
