import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * What a form shows comes straight from these answers (issue 19): words naming the field by its
 * label, every wrong field at once, GraphQL's own coercion text never, and nothing written.
 */
describe.each(storesUnderTest())('form error answers (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const eventCount = async (id: string) =>
    (await api.ok(`query($id: ID!) { history(id: $id) { position } }`, { id })).history.length as number;

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.csp = await step.registerPartnership('Melton Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.csp, '2017/18', 'Melton plan 2017/18');
    ids.priority = await step.addPriority(ids.plan, 'Anti-social behaviour');
    ids.action = await step.createAction(ids.plan, ids.priority, 'Town centre patrols');
    ids.milestone = await step.scheduleMilestone(ids.action, 'Patrol rota agreed', '2017/18 Q2');
  });

  afterAll(() => api.stop());

  const record = 'mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }';

  it('answers 45.5 for % complete in words naming the field, not with GraphQL\'s coercion text', async () => {
    const before = await eventCount(ids.action);
    const answer = await api.gql(record, { i: { actionId: ids.action, quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 45.5, narrative: 'Half way' } });
    expect(answer.errors?.map((e) => [e.extensions, e.message])).toEqual([
      [{ code: 'BAD_USER_INPUT', field: 'percentComplete' }, '% complete must be a whole number'],
    ]);
    expect(await eventCount(ids.action)).toBe(before);
  });

  it('answers a missing required field by its label', async () => {
    const answer = await api.gql(record, { i: { actionId: ids.action, quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 20 } });
    expect(answer.errors?.map((e) => [e.extensions, e.message])).toEqual([[{ code: 'BAD_USER_INPUT', field: 'narrative' }, 'Narrative is required']]);
  });

  it('tells domain rules in the field\'s words: "Lead agency is required"', async () => {
    const answer = await api.gql('mutation($i: CreateActionInput!) { createAction(input: $i) { id } }', {
      i: { planId: ids.plan, priorityId: ids.priority, title: 'Street pastors', leadAgency: ' ' },
    });
    expect(answer.errors?.map((e) => [e.extensions, e.message])).toEqual([[{ code: 'BAD_USER_INPUT', field: 'leadAgency' }, 'Lead agency is required']]);
  });

  it('answers every wrong field at once in extensions.fields, writing nothing', async () => {
    const before = await eventCount(ids.plan);
    const answer = await api.gql('mutation($i: CreateActionInput!) { createAction(input: $i) { id } }', {
      i: { planId: ids.plan, priorityId: ids.priority, title: '', leadAgency: '' },
    });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      fields: [
        { field: 'title', message: 'Title is required' },
        { field: 'leadAgency', message: 'Lead agency is required' },
      ],
    });
    expect(await eventCount(ids.plan)).toBe(before);
  });

  it('answers % complete and narrative of an update together', async () => {
    const answer = await api.gql(record, { i: { actionId: ids.action, quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 101, narrative: ' ' } });
    expect(answer.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'percentComplete',
      fields: [
        { field: 'percentComplete', message: '% complete must be a whole number from 0 to 100' },
        { field: 'narrative', message: 'Narrative is required' },
      ],
    });
  });

  it('refuses a milestone reached before the plan\'s year began, in words', async () => {
    const answer = await api.gql('mutation($i: ReachMilestoneInput!) { reachMilestone(input: $i) { id } }', {
      i: { actionId: ids.action, milestoneId: ids.milestone, reachedOn: '2014-06-02' },
    });
    expect(answer.errors?.map((e) => [e.extensions, e.message])).toEqual([
      [{ code: 'BAD_USER_INPUT', field: 'reachedOn' }, "Reached on 2 June 2014 is before the plan's year 2017/18 began on 1 April 2017"],
    ]);
  });
});
