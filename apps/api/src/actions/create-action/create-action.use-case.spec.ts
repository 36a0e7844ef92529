import { NotFoundError } from '@saferplan/domain';
import { newId } from '../../common/new-id';
import { accessOf, givenPlan, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { createActionUseCase as useCase } from './create-action.use-case';

describe('createAction', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
    await givenPlan(harness);
  });
  afterEach(() => harness.stop());

  const action = { planId: 'plan1', priorityId: 'asb', title: 'Street-based ASB patrols', leadAgency: 'Leicestershire Police' };

  it('creates the action with the facts of its plan (partnership, year), its id derived from the commandId', async () => {
    const actionId = await useCase.run(harness.writer, action, { actor: 'coordinator-nwl', commandId: 'c-1' });
    expect(actionId).toBe(newId('action', 'c-1'));
    expect(await harness.recorded()).toEqual([
      {
        type: 'ActionCreated',
        data: {
          actionId, planId: 'plan1', partnershipId: 'nwl', priorityId: 'asb', financialYear: '2017/18',
          title: 'Street-based ASB patrols', leadAgency: 'Leicestershire Police', leadOfficer: null, fundingSource: null, budget: null,
        },
      },
    ]);
  });

  it('refuses a plan that does not exist and writes nothing', async () => {
    await expect(useCase.run(harness.writer, { ...action, planId: 'nope' }, { actor: 'coordinator-nwl' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await harness.recorded()).toEqual([]);
  });

  it('is open to admins and to coordinators of the plan\'s partnership only', () => {
    expect(accessOf(useCase, ['coordinator'], ['nwl'], { input: { planId: 'plan1' } })).toBe(true);
    expect(accessOf(useCase, ['coordinator'], ['melton'], { input: { planId: 'plan1' } })).toBe(false);
    expect(accessOf(useCase, ['sog'], ['nwl'], { input: { planId: 'plan1' } })).toBe(false);
  });
});
