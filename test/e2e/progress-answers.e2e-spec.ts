import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { PROGRESS_FIELDS, planningSteps } from '../support/mutations';

const FY = '2017/18';

/**
 * The kept all-partnership and county answers (issue 15, ADR 0022) against the paths that keep
 * nothing: after each acknowledged write, the live answers equal an as-of replay at that moment
 * and the per-partnership answers, asked twice; and a reader's nested read policy is decided
 * per reader even when another reader's question made the kept answer.
 */
describe.each(storesUnderTest())('kept progress answers (end to end) on %s', (store) => {
  let api: ApiHarness;
  let step: ReturnType<typeof planningSteps>;
  const ids: Record<string, string> = {};

  const all = `query($asOf: DateTime) { progress(asOf: $asOf) { partnership { id name } priority { id title } progress { ${PROGRESS_FIELDS} } } }`;
  const year = `query($asOf: DateTime) { progress(financialYear: "${FY}", asOf: $asOf) { partnership { id } priority { id } progress { ${PROGRESS_FIELDS} } } }`;
  const county = `query($b: ID!, $asOf: DateTime) { countyProgress(boardId: $b, financialYear: "${FY}", asOf: $asOf) {
    priority { id title } progress { ${PROGRESS_FIELDS} } aligned { partnership { id } priority { id } progress { ${PROGRESS_FIELDS} } } } }`;
  const one = `query($p: ID) { progress(partnershipId: $p) { partnership { id name } priority { id title } progress { ${PROGRESS_FIELDS} } } }`;

  /** The moment just after the last acknowledged write, for the as-of (uncached) reference. */
  const justNow = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Date().toISOString();
  };

  const expectSameAsUncached = async () => {
    const asOf = await justNow();
    for (const [query, variables] of [[all, {}], [year, {}], [county, { b: ids.board }]] as const) {
      const live = await api.ok(query, variables);
      expect(await api.ok(query, variables)).toEqual(live);
      expect(live).toEqual(await api.ok(query, { ...variables, asOf }));
    }
    const partnerships = [ids.board, ids.district, ids.other];
    const perPartnership = (await Promise.all(partnerships.map((p) => api.ok(one, { p })))).flatMap((answer) => answer.progress);
    const sortKey = (row: any) => `${row.partnership.id}/${row.priority.id}`;
    const allRows = (await api.ok(all)).progress;
    expect([...allRows].sort((a: any, b: any) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...perPartnership].sort((a: any, b: any) => sortKey(a).localeCompare(sortKey(b))),
    );
  };

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    step = planningSteps(api);
  });

  afterAll(() => api.stop());

  it('after every write, the live answers are those of a replay at that moment, read at once', async () => {
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.district = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.other = await step.registerPartnership('Safer Leicester', 'COMMUNITY_SAFETY_PARTNERSHIP');
    await expectSameAsUncached();
    const boardPlan = await step.createActionPlan(ids.board, FY, 'County plan');
    const countyAsb = await step.addPriority(boardPlan, 'Anti-social behaviour');
    await expectSameAsUncached();
    const districtPlan = await step.createActionPlan(ids.district, FY, 'District plan');
    const districtAsb = await step.addPriority(districtPlan, 'ASB hotspots');
    await step.alignPriority(districtAsb, countyAsb);
    await expectSameAsUncached();
    const patrols = await step.createAction(districtPlan, districtAsb, 'Patrols');
    ids.patrols = patrols;
    await expectSameAsUncached();
    const cctv = await step.createAction(boardPlan, countyAsb, 'CCTV review');
    const milestone = await step.scheduleMilestone(patrols, 'Hotspot map', '2017/18 Q1');
    await expectSameAsUncached();
    await step.recordUpdate(patrols, '2017/18 Q1', 'GREEN', 40);
    await expectSameAsUncached();
    await step.reachMilestone(patrols, milestone, '2017-06-01');
    await step.recordUpdate(cctv, '2017/18 Q1', 'AMBER', 20);
    await expectSameAsUncached();
    await step.correctUpdate(patrols, '2017/18 Q1', 'RED', 10, 'Patrols were cut');
    await expectSameAsUncached();
    await step.completeAction(cctv);
    await expectSameAsUncached();
    await step.cancelAction(patrols, 'Replaced by the county scheme');
    await expectSameAsUncached();
    expect((await api.ok(all)).progress.find((row: any) => row.priority.id === countyAsb).progress).toMatchObject({ actions: 1, completed: 1 });
  });

  it("a reader's nested read policy applies to a kept answer that another reader's question made", async () => {
    const withActions = `query($asOf: DateTime) { progress(asOf: $asOf) { partnership { id } priority { id actions { id } } } }`;
    const countyActions = `query($b: ID!, $asOf: DateTime) { countyProgress(boardId: $b, financialYear: "${FY}", asOf: $asOf) { priority { actions { id } } aligned { priority { actions { id } } } } }`;
    const other = { authorization: `Bearer ${api.token({ sub: 'coord-city', name: 'City coordinator', roles: ['coordinator'], partnerships: [ids.other] })}` };
    for (const [query, variables] of [[withActions, {}], [countyActions, { b: ids.board }]] as const) {
      // The admin's question makes the kept answer; the coordinator's must still be refused its actions.
      const admin = await api.gql(query, variables);
      expect(admin.errors ?? []).toEqual([]);
      const refused = await api.gql(query, variables, other);
      expect((refused.errors ?? []).map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(refused.data)).not.toContain(ids.patrols);
      // Exactly what the uncached path answers the same reader.
      const { status: _live, ...live } = refused;
      const { status: _asOf, ...asOf } = await api.gql(query, { ...variables, asOf: await justNow() }, other);
      expect(live).toEqual(asOf);
      expect(await api.gql(query, variables)).toEqual(admin);
    }
  });
});
