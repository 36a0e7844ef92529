import { KeptProgressResponses } from '../../apps/api/src/progress/kept-responses';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { PROGRESS_FIELDS, planningSteps } from '../support/mutations';

const FY = '2017/18';

/**
 * Kept serialised progress responses (issue 15, ADR 0023): a response sent from the kept ones
 * has the bytes, status and content type of the one execution made at the same position; the
 * root field's rule still refuses whom it refuses; a document reaching a field read by caller
 * never shares; and as-of questions never share with live ones.
 */
describe.each(storesUnderTest())('kept progress responses (end to end) on %s', (store) => {
  let api: ApiHarness;
  let step: ReturnType<typeof planningSteps>;
  let kept: KeptProgressResponses;
  const ids: Record<string, string> = {};

  const all = `query($asOf: DateTime) { progress(asOf: $asOf) { partnership { id name kind } priority { id title statutory } progress { ${PROGRESS_FIELDS} } } }`;
  const year = `query Year($fy: String, $asOf: DateTime) { rows: progress(financialYear: $fy, asOf: $asOf) { ...Row } }
    fragment Row on PriorityProgress { __typename partnership { id } priority { id alignedTo { id } progress(quarter: "${FY} Q1") { percentComplete } } progress { ${PROGRESS_FIELDS} } }`;
  const county = `query($b: ID!, $asOf: DateTime) { countyProgress(boardId: $b, financialYear: "${FY}", asOf: $asOf) {
    priority { id title } awaitingApproval progress { ${PROGRESS_FIELDS} } aligned { partnership { id name } priority { id } progress { ${PROGRESS_FIELDS} } } } }`;

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.authHeaders(headers) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, type: response.headers.get('content-type'), length: response.headers.get('content-length'), text: await response.text() };
  };
  const counts = () => ({ ...kept.counts });

  /** The moment just after the last acknowledged write. */
  const justNow = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Date().toISOString();
  };

  /** After a write, each question runs once (and is kept), then is answered from what was kept. */
  const expectKeptSameAsExecuted = async () => {
    const asOf = await justNow();
    for (const [query, variables] of [[all, {}], [year, { fy: FY }], [county, { b: ids.board }]] as const) {
      const before = counts();
      const executed = await post(query, variables);
      expect(counts()).toEqual({ served: before.served, kept: before.kept + 1 });
      const served = await post(query, variables);
      expect(counts()).toEqual({ served: before.served + 1, kept: before.kept + 1 });
      expect(served).toEqual(executed);
      expect(JSON.parse(executed.text).errors).toBeUndefined();
      // And the live answer is what a replay at that moment answers.
      expect(JSON.parse(served.text).data).toEqual((await api.gql(query, { ...variables, asOf })).data);
    }
  };

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    step = planningSteps(api);
    kept = api.resolve(KeptProgressResponses);
  });

  afterAll(() => api.stop());

  it('after every write, a kept response has the bytes execution gave at that position', async () => {
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.district = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    await expectKeptSameAsExecuted();
    const boardPlan = await step.createActionPlan(ids.board, FY, 'County plan');
    ids.countyAsb = await step.addPriority(boardPlan, 'Anti-social behaviour');
    const districtPlan = await step.createActionPlan(ids.district, FY, 'District plan');
    const districtAsb = await step.addPriority(districtPlan, 'ASB hotspots');
    await step.alignPriority(districtAsb, ids.countyAsb);
    await expectKeptSameAsExecuted();
    ids.patrols = await step.createAction(districtPlan, districtAsb, 'Patrols');
    const milestone = await step.scheduleMilestone(ids.patrols, 'Hotspot map', '2017/18 Q1');
    await expectKeptSameAsExecuted();
    await step.recordUpdate(ids.patrols, '2017/18 Q1', 'GREEN', 40);
    await expectKeptSameAsExecuted();
    ids.beforeCorrection = await justNow();
    await step.reachMilestone(ids.patrols, milestone, '2017-06-01');
    await step.correctUpdate(ids.patrols, '2017/18 Q1', 'RED', 10, 'Patrols were cut');
    await expectKeptSameAsExecuted();
    const figures = JSON.parse((await post(all, {})).text).data.progress.find((row: any) => row.priority.id === districtAsb).progress;
    expect(figures).toMatchObject({ actions: 1, offTrack: 1, percentComplete: 10, milestonesReached: 1 });
  });

  it('a caller the root field refuses is still refused after an allowed caller made the kept answer', async () => {
    await post(all, {});
    const before = counts();
    expect((await post(all, {})).text).toContain(ids.district);
    expect(counts().served).toBe(before.served + 1);
    const noRole = { authorization: `Bearer ${api.token({ sub: 'nobody', name: 'No role yet', roles: [] })}` };
    const refused = await api.gql(all, {}, noRole);
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const unsigned = await api.gql(all, {}, { authorization: '' });
    expect(unsigned.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(counts().served).toBe(before.served + 1);
  });

  it('a caller with a narrower read scope never gets the answer a wider one made', async () => {
    const coordinator = { authorization: `Bearer ${api.token({ sub: 'coord-board', name: 'Board coordinator', roles: ['coordinator'], partnerships: [ids.board] })}` };
    const withActions = `query { progress { priority { id actions { id title } } } }`;
    const throughFragment = `query { progress { priority { ...Plan } } } fragment Plan on Priority { plan { id priorities { id } } }`;
    for (const query of [withActions, throughFragment]) {
      const admin = await api.gql(query);
      expect(admin.errors ?? []).toEqual([]);
      expect(await api.gql(query)).toEqual(admin);
      const before = counts();
      const narrower = await api.gql(query, {}, coordinator);
      expect(narrower.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(narrower.data)).not.toContain(ids.patrols);
      expect(counts()).toEqual(before); // read per caller: never kept, never served
    }
    // The county summary reads nothing by caller: the coordinator shares it, byte for byte.
    const adminAnswer = await post(all, {});
    const before = counts();
    expect(await post(all, {}, coordinator)).toEqual(adminAnswer);
    expect(counts().served).toBe(before.served + 1);
  });

  it('keeps a bounded number of responses, however many variable sets are sent', async () => {
    for (let n = 0; n < 40; n++) await post(all, { unused: n });
    const { responses } = kept as unknown as { responses: Map<string, unknown> };
    expect(responses.size).toBe(32);
    // The oldest went first; the newest is still served.
    const before = counts();
    await post(all, { unused: 39 });
    await post(all, { unused: 0 });
    expect(counts()).toEqual({ served: before.served + 1, kept: before.kept + 1 });
  });

  it('as-of questions never share with live ones', async () => {
    const live = await post(all, {});
    await post(all, {});
    const before = counts();
    const asOfVariables = { asOf: ids.beforeCorrection };
    const first = await api.gql(all, asOfVariables);
    const again = await api.gql(all, asOfVariables);
    expect(again).toEqual(first);
    expect(counts()).toEqual(before);
    const patrolsThen = first.data.progress.find((row: any) => row.progress.actions === 1 && row.partnership.id === ids.district).progress;
    expect(patrolsThen).toMatchObject({ onTrack: 1, offTrack: 0, percentComplete: 40, milestonesReached: 0 });
    expect(JSON.parse(live.text).data).not.toEqual(first.data);
    // And live is still answered from what was kept, unchanged by the as-of questions.
    expect(await post(all, {})).toEqual(live);
    expect(counts().served).toBe(before.served + 1);
  });
});
