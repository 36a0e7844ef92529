import { fieldLabel } from '@saferplan/domain';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * Every input rule answers BAD_USER_INPUT naming the field and writes nothing; stale versions
 * answer CONFLICT; a retried commandId records once and answers the same.
 */
describe.each(storesUnderTest())('input rules, concurrency and retries (end to end) on %s', (store) => {
  let api: ApiHarness;
  let step: ReturnType<typeof planningSteps>;
  const ids: Record<string, string> = {};

  const eventCount = async (id: string) =>
    (await api.ok(`query($id: ID!) { history(id: $id) { position } }`, { id })).history.length as number;
  const partnershipCount = async () => (await api.ok(`{ partnerships { id } }`)).partnerships.length as number;

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    step = planningSteps(api);
    ids.csp = await step.registerPartnership('Charnwood Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.csp, '2017/18', 'Charnwood plan 2017/18');
    ids.priority = await step.addPriority(ids.plan, 'Domestic abuse');
    ids.action = await step.createAction(ids.plan, ids.priority, 'Raise awareness of domestic abuse services');
    ids.milestone = await step.scheduleMilestone(ids.action, 'Campaign launched', '2017/18 Q2');
  });

  afterAll(() => api.stop());

  type Case = [label: string, mutation: string, input: () => Record<string, unknown>, field: string, stream: () => string];
  const update = (overrides: Record<string, unknown>) => () => ({
    actionId: ids.action, quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 10, narrative: 'Started', ...overrides,
  });
  const cases: Case[] = [
    ['blank partnership name', 'registerPartnership: RegisterPartnershipInput', () => ({ name: '   ', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' }), 'name', () => ids.csp],
    ['unknown partnership kind', 'registerPartnership: RegisterPartnershipInput', () => ({ name: 'X', kind: 'PARISH' }), 'kind', () => ids.csp],
    ['financial year written with a dash', 'createActionPlan: CreateActionPlanInput', () => ({ partnershipId: ids.csp, financialYear: '2018-19', title: 'Plan' }), 'financialYear', () => ids.csp],
    ['financial year that does not run on', 'createActionPlan: CreateActionPlanInput', () => ({ partnershipId: ids.csp, financialYear: '2018/20', title: 'Plan' }), 'financialYear', () => ids.csp],
    ['blank plan title', 'createActionPlan: CreateActionPlanInput', () => ({ partnershipId: ids.csp, financialYear: '2018/19', title: '' }), 'title', () => ids.csp],
    ['blank priority title', 'addPriority: AddPriorityInput', () => ({ planId: ids.plan, title: ' ', statutory: false }), 'title', () => ids.plan],
    ['statutory not a boolean', 'addPriority: AddPriorityInput', () => ({ planId: ids.plan, title: 'ASB', statutory: 'yes' }), 'statutory', () => ids.plan],
    ['blank lead agency', 'createAction: CreateActionInput', () => ({ planId: ids.plan, priorityId: ids.priority, title: 'A', leadAgency: '' }), 'leadAgency', () => ids.plan],
    ['negative budget', 'createAction: CreateActionInput', () => ({ planId: ids.plan, priorityId: ids.priority, title: 'A', leadAgency: 'Police', budget: -5 }), 'budget', () => ids.plan],
    ['quarter 5', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ quarter: '2017/18 Q5' }), 'quarter', () => ids.action],
    ['quarter of another year', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ quarter: '2018/19 Q1' }), 'quarter', () => ids.action],
    ['percent over 100', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ percentComplete: 101 }), 'percentComplete', () => ids.action],
    ['negative percent', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ percentComplete: -1 }), 'percentComplete', () => ids.action],
    ['fractional percent', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ percentComplete: 12.5 }), 'percentComplete', () => ids.action],
    ['unknown RAG', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ rag: 'BLUE' }), 'rag', () => ids.action],
    ['blank narrative', 'recordQuarterlyUpdate: RecordQuarterlyUpdateInput', update({ narrative: '' }), 'narrative', () => ids.action],
    ['correction without a reason', 'correctQuarterlyUpdate: CorrectQuarterlyUpdateInput', () => ({ ...update({})(), reason: ' ' }), 'reason', () => ids.action],
    ['milestone due before the plan year', 'scheduleMilestone: ScheduleMilestoneInput', () => ({ actionId: ids.action, title: 'M', dueQuarter: '2016/17 Q4' }), 'dueQuarter', () => ids.action],
    ['milestone quarter malformed', 'scheduleMilestone: ScheduleMilestoneInput', () => ({ actionId: ids.action, title: 'M', dueQuarter: 'Q3 2017' }), 'dueQuarter', () => ids.action],
    ['impossible reached date', 'reachMilestone: ReachMilestoneInput', () => ({ actionId: ids.action, milestoneId: ids.milestone, reachedOn: '2017-02-30' }), 'reachedOn', () => ids.action],
    ['reached in the future', 'reachMilestone: ReachMilestoneInput', () => ({ actionId: ids.action, milestoneId: ids.milestone, reachedOn: '2999-01-01' }), 'reachedOn', () => ids.action],
    ['cancellation without a reason', 'cancelAction: CancelActionInput', () => ({ actionId: ids.action, reason: '' }), 'reason', () => ids.action],
  ];

  it.each(cases)('%s: BAD_USER_INPUT naming the field, nothing written', async (_label, signature, input, field, stream) => {
    const [name, type] = signature.split(': ');
    const streamId = stream();
    const before = await eventCount(streamId);
    const partnershipsBefore = await partnershipCount();
    const answer = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { __typename } }`, { i: input() });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    // Told in the field's words (its label), never its code name or GraphQL's own text.
    expect(answer.errors![0].message.startsWith(fieldLabel(field))).toBe(true);
    expect(answer.errors![0].message).not.toMatch(/Variable "\$|cannot represent/);
    expect(answer.status).toBeLessThan(500);
    expect(await eventCount(streamId)).toBe(before);
    expect(await partnershipCount()).toBe(partnershipsBefore);
  });

  it('answers NOT_FOUND for an unknown action and writes nothing', async () => {
    const answer = await api.gql(`mutation { completeAction(input: { actionId: "no-such-action" }) { id } }`);
    expect(answer.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT for a stale expectedVersion and writes nothing', async () => {
    const { action } = await api.ok(`query($id: ID!) { action(id: $id) { version } }`, { id: ids.action });
    const stale = action.version - 1;
    const answer = await api.gql(
      `mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }`,
      { i: { ...update({})(), expectedVersion: stale } },
    );
    expect(answer.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(await eventCount(ids.action)).toBe(action.version);

    const current = await api.ok(
      `mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter percentComplete } }`,
      { i: { ...update({ quarter: '2017/18 Q2', percentComplete: 15 })(), expectedVersion: action.version } },
    );
    expect(current.recordQuarterlyUpdate).toEqual({ quarter: '2017/18 Q2', percentComplete: 15 });
  });

  it('answers CONFLICT for a second update to the same quarter, pointing at corrections', async () => {
    await step.recordUpdate(ids.action, '2017/18 Q3', 'GREEN', 20);
    const answer = await api.gql(
      `mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }`,
      { i: update({ quarter: '2017/18 Q3' })() },
    );
    expect(answer.errors![0].extensions!.code).toBe('CONFLICT');
    expect(answer.errors![0].message).toMatch(/correctQuarterlyUpdate/);
  });

  it('records a retried command once and answers the same', async () => {
    const mutation = `mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id name version } }`;
    const input = { name: 'Melton Community Safety Partnership', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', commandId: 'retry-melton-1' };
    const before = await partnershipCount();
    const first = await api.ok(mutation, { i: input });
    const second = await api.ok(mutation, { i: input });
    expect(second).toEqual(first);
    expect(await partnershipCount()).toBe(before + 1);
    expect(await eventCount(first.registerPartnership.id)).toBe(1);

    const updateMutation = `mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter rag recordedAt } }`;
    const retried = { ...update({ quarter: '2017/18 Q4', rag: 'AMBER' })(), commandId: 'retry-update-q4' };
    const eventsBefore = await eventCount(ids.action);
    const once = await api.ok(updateMutation, { i: retried });
    const twice = await api.ok(updateMutation, { i: retried });
    expect(twice).toEqual(once);
    expect(await eventCount(ids.action)).toBe(eventsBefore + 1);
  });

  it('rejects a commandId reused for a different change with CONFLICT', async () => {
    const answer = await api.gql(
      `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }`,
      { i: { actionId: ids.action, title: 'Another', dueQuarter: '2017/18 Q4', commandId: 'retry-update-q4' } },
    );
    expect(answer.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'commandId' });
  });

  it('answers malformed GraphQL with BAD_USER_INPUT, not a server error', async () => {
    const answer = await api.gql(`mutation { recordQuarterlyUpdate(input: { actionId: 1 }) { quarter } }`);
    expect(answer.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.status).toBe(400);
  });
});
