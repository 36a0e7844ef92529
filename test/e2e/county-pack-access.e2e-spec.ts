import ExcelJS from 'exceljs';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * The county board pack follows the access table: a coordinator of the county board sees every
 * district's priorities and progress (the county summary), but a district's action titles and
 * narratives only when they may read that district's actions; oversight roles see them all.
 */
describe.each(storesUnderTest())('county board pack access (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const QUARTER = encodeURIComponent('2017/18 Q1');

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.district = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const boardPlan = await step.createActionPlan(ids.board, '2017/18', 'Community Safety Agreement 2017/18');
    const boardPriority = await step.addPriority(boardPlan, 'Reduce reoffending');
    const boardAction = await step.createAction(boardPlan, boardPriority, 'County reoffending board', 'LCC');
    await step.recordUpdate(boardAction, '2017/18 Q1', 'GREEN', 30, 'County narrative on track');
    const plan = await step.createActionPlan(ids.district, '2017/18', 'Safer North West 2017/18');
    const priority = await step.addPriority(plan, 'Anti-social behaviour');
    const action = await step.createAction(plan, priority, 'Coalville repeat victims review');
    await step.recordUpdate(action, '2017/18 Q1', 'RED', 10, 'Two named repeat victims in Coalville');
  });

  afterAll(() => api.stop());

  const packAs = async (claims: Parameters<ApiHarness['token']>[0]) => {
    const response = await api.download(`/board-packs/${ids.board}?quarter=${QUARTER}&format=html`, { authorization: `Bearer ${api.token(claims)}` });
    expect(response.status).toBe(200);
    return response.text();
  };

  it("keeps another district's action titles and narratives out of a board coordinator's county pack", async () => {
    const html = await packAs({ sub: 'coord-board', name: 'Board coordinator', roles: ['coordinator'], partnerships: [ids.board] });
    expect(html).toContain('County reoffending board');
    expect(html).toContain('County narrative on track');
    expect(html).toContain('Safer North West');
    expect(html).toContain('Anti-social behaviour');
    expect(html).not.toContain('Coalville repeat victims review');
    expect(html).not.toContain('Two named repeat victims');
    expect(html).toContain('Actions, updates, exceptions and funding are shown only to readers of this partnership&#39;s plan');
  });

  it('leaves the same details out of the workbook', async () => {
    const claims = { sub: 'coord-board', name: 'Board coordinator', roles: ['coordinator' as const], partnerships: [ids.board] };
    const response = await api.download(`/board-packs/${ids.board}?quarter=${QUARTER}&format=xlsx`, { authorization: `Bearer ${api.token(claims)}` });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const text: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => text.push(JSON.stringify(row.values))));
    const all = text.join('\n');
    expect(all).toContain('County reoffending board');
    expect(all).toContain('Anti-social behaviour');
    expect(all).not.toContain('Coalville repeat victims review');
    expect(all).not.toContain('Two named repeat victims');
  });

  it('shows every district in full to the senior officer group', async () => {
    const html = await packAs({ sub: 'sog-chair', name: 'SOG chair', roles: ['sog'] });
    expect(html).toContain('Coalville repeat victims review');
    expect(html).toContain('Two named repeat victims');
    expect(html).not.toContain('shown only to readers');
  });
});
