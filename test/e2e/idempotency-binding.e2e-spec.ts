import { createHash } from 'node:crypto';
import type { SaferPlanClaims } from '@saferplan/identity/tokens';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { CommandWriter } from '../../apps/api/src/common/command-writer';
import { addPriority } from '../../apps/api/src/action-plans/add-priority/add-priority.command';

const CREATE_ACTION = `mutation($i: CreateActionInput!) { createAction(input: $i) { id title } }`;
const ADD_PRIORITY = `mutation($i: AddPriorityInput!) { addPriority(input: $i) { id title } }`;
const IMPORT = `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) { planId valid written priorities actions problems { message } } }`;
const digest = (text: string | Buffer, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * A commandId is bound to the command it was first used for: another command, target or input
 * under the same id is a CONFLICT, never a replay of someone else's answer; and the ids an import
 * derives from its file cannot be claimed beforehand by anyone else.
 */
describe.each(storesUnderTest())('idempotency binding (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const as = (claims: SaferPlanClaims) => ({ authorization: `Bearer ${api.token(claims)}` });
  const coordinatorOf = (partnershipId: string, sub: string) => as({ sub, name: sub, roles: ['coordinator'], partnerships: [partnershipId] });

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.city = await step.registerPartnership('Safer Leicester', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.melton = await step.registerPartnership('Safer Melton', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.harborough = await step.registerPartnership('Safer Harborough', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.nwlPlan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West 2017/18');
    ids.nwlPriority = await step.addPriority(ids.nwlPlan, 'Reduce anti-social behaviour');
    ids.cityPlan = await step.createActionPlan(ids.city, '2017/18', 'Safer Leicester 2017/18');
    ids.cityPriority = await step.addPriority(ids.cityPlan, 'Protect vulnerable people');
  });

  afterAll(() => api.stop());

  it("refuses another partnership's createAction commandId instead of replaying its action", async () => {
    const city = coordinatorOf(ids.city, 'coord-city');
    const nwl = coordinatorOf(ids.nwl, 'coord-nwl');
    const first = await api.gql(CREATE_ACTION, { i: { planId: ids.cityPlan, priorityId: ids.cityPriority, title: 'Named victims case review', leadAgency: 'LCC', commandId: 'retry-42' } }, city);
    expect(first.errors).toBeUndefined();
    const retried = await api.gql(CREATE_ACTION, { i: { planId: ids.cityPlan, priorityId: ids.cityPriority, title: 'Named victims case review', leadAgency: 'LCC', commandId: 'retry-42' } }, city);
    expect(retried.data.createAction).toEqual(first.data.createAction);

    const stolen = await api.gql(CREATE_ACTION, { i: { planId: ids.nwlPlan, priorityId: ids.nwlPriority, title: 'Anything', leadAgency: 'NWLDC', commandId: 'retry-42' } }, nwl);
    expect(stolen.data).toBeNull();
    expect(stolen.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'commandId' });
    expect(JSON.stringify(stolen)).not.toContain('Named victims');

    // The very same input is still no way in: the answer is only for a caller who may write (and so read) that plan.
    const copied = await api.gql(CREATE_ACTION, { i: { planId: ids.cityPlan, priorityId: ids.cityPriority, title: 'Named victims case review', leadAgency: 'LCC', commandId: 'retry-42' } }, nwl);
    expect(copied.data).toBeNull();
    expect(copied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(JSON.stringify(copied)).not.toContain('Named victims');
  });

  it('refuses the same commandId with another input or another command', async () => {
    const input = { planId: ids.nwlPlan, priorityId: ids.nwlPriority, title: 'Coalville joint action group', leadAgency: 'NWLDC', commandId: 'nwl-7' };
    await api.ok(CREATE_ACTION, { i: input });
    const changed = await api.gql(CREATE_ACTION, { i: { ...input, title: 'Something else' } });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'commandId' });
    const otherCommand = await api.gql(ADD_PRIORITY, { i: { planId: ids.nwlPlan, title: 'Another', statutory: false, commandId: 'nwl-7' } });
    expect(otherCommand.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'commandId' });
    const { actionPlan } = await api.ok(`{ actionPlan(id: "${ids.nwlPlan}") { priorities { title actions { title } } } }`);
    expect(actionPlan.priorities).toEqual([{ title: 'Reduce anti-social behaviour', actions: [{ title: 'Coalville joint action group' }] }]);
  });

  it("cannot pre-claim an import's command ids: the import then writes the whole plan", async () => {
    const csv = Buffer.from(['Priority,Statutory,Action,Lead agency,Lead officer,Milestones,Funding source,Budget', 'Tackle rural crime,No,Farm watch,Leicestershire Police,,,,', ''].join('\n'));
    const batch = digest(`${ids.melton}\n2017/18\n${digest(csv, 64)}`, 16);
    const claimed = `import-${batch}-priority-${digest('tackle rural crime', 16)}`;
    const poison = await api.gql(ADD_PRIORITY, { i: { planId: ids.cityPlan, title: 'Decoy', statutory: false, commandId: claimed } }, coordinatorOf(ids.city, 'coord-city'));
    expect(poison.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commandId' });

    const imported = await api.gql(IMPORT, { i: { partnershipId: ids.melton, financialYear: '2017/18', fileName: 'melton.csv', contentBase64: csv.toString('base64'), dryRun: false } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importActionPlan).toMatchObject({ valid: true, written: true, priorities: 1, actions: 1 });
    const { actionPlan } = await api.ok(`{ actionPlan(id: "${imported.data.importActionPlan.planId}") { priorities { title actions { title } } } }`);
    expect(actionPlan.priorities).toEqual([{ title: 'Tackle rural crime', actions: [{ title: 'Farm watch' }] }]);
    const { actionPlan: cityPlan } = await api.ok(`{ actionPlan(id: "${ids.cityPlan}") { priorities { title } } }`);
    expect(cityPlan.priorities.map((priority: { title: string }) => priority.title)).not.toContain('Decoy');
  });

  it('an import whose ids were claimed before they were reserved writes nothing, not even its plan', async () => {
    const csv = Buffer.from(['Priority,Statutory,Action,Lead agency,Lead officer,Milestones,Funding source,Budget', 'Cut knife crime,No,Schools knife talks,Leicestershire Police,,,,', ''].join('\n'));
    const batch = digest(`${ids.harborough}\n2017/18\n${digest(csv, 64)}`, 16);
    // Straight through the write side, as a claim recorded before the import- prefix was reserved.
    await addPriority(api.resolve(CommandWriter), { planId: ids.cityPlan, title: 'Earlier decoy', statutory: false }, { actor: 'coord-city', commandId: `import-${batch}-priority-${digest('cut knife crime', 16)}` });

    const imported = await api.gql(IMPORT, { i: { partnershipId: ids.harborough, financialYear: '2017/18', fileName: 'harborough.csv', contentBase64: csv.toString('base64'), dryRun: false } });
    expect(imported.data).toBeNull();
    expect(imported.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'commandId' });
    const { partnership } = await api.ok(`{ partnership(id: "${ids.harborough}") { plans { id } } }`);
    expect(partnership.plans).toEqual([]);
  });
});
