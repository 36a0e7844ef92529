import { ApiHarness } from '../support/api-harness';
import { demoScript } from '../../apps/api/src/demo/demo-script';
import { PROGRESS_FIELDS } from '../support/mutations';

/** The demo loads through the real command path into an empty store, once. */
describe('demo data (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });

  afterAll(() => api.stop());

  it('registers the county board, the PCC and the partnerships from the seed papers', async () => {
    const { partnerships } = await api.ok(`{ partnerships { name kind plans { financialYear } } }`);
    const registered = demoScript.filter((step) => step.mutation === 'registerPartnership');
    expect(partnerships).toHaveLength(registered.length);
    expect(partnerships.map((p: any) => p.kind)).toEqual(expect.arrayContaining(['COUNTY_STRATEGY_BOARD', 'POLICE_AND_CRIME_COMMISSIONER']));
    const names = partnerships.map((p: any) => p.name).join(' | ');
    expect(names).toMatch(/Leicester/);
    expect(names).toMatch(/Rutland/);
    expect(names).toMatch(/North West/);
  });

  it('gives the SOG seven county priorities with aligned district work', async () => {
    const { partnerships } = await api.ok(`{ partnerships { id kind } }`);
    const board = partnerships.find((p: any) => p.kind === 'COUNTY_STRATEGY_BOARD');
    const { countyProgress } = await api.ok(
      `query($b: ID!) { countyProgress(boardId: $b, financialYear: "2017/18") { priority { title } aligned { partnership { name } } progress { ${PROGRESS_FIELDS} } } }`,
      { b: board.id },
    );
    expect(countyProgress).toHaveLength(7);
    expect(countyProgress.some((row: any) => row.aligned.length > 0)).toBe(true);
  });

  it('holds exactly one corrected update and some history recorded in 2017/18', async () => {
    const { progress } = await api.ok(`{ progress(financialYear: "2017/18") { priority { actions { id updates { correctionReason recordedAt } } } } }`);
    const updates = progress.flatMap((row: any) => row.priority.actions.flatMap((a: any) => a.updates));
    expect(updates.filter((u: any) => u.correctionReason)).toHaveLength(1);
    expect(updates.every((u: any) => u.recordedAt >= '2017-04-01' && u.recordedAt < '2018-06-01')).toBe(true);
  });

  it("shows North West's indicators from its strategy's figures, and the county board's ASB roll-up", async () => {
    const { partnerships } = await api.ok(`{ partnerships { id name kind } }`);
    const nwl = partnerships.find((p: any) => /North West/.test(p.name));
    const board = partnerships.find((p: any) => p.kind === 'COUNTY_STRATEGY_BOARD');
    const { indicators } = await api.ok(`query($p: ID!) { indicators(partnershipId: $p, financialYear: "2017/18") { name baseline values { quarter value rag } } }`, { p: nwl.id });
    expect(indicators.map((i: any) => [i.name, i.baseline])).toEqual([
      ['Change in all recorded crime on the previous 12 months', 67],
      ['Change in ASB incidents on the previous year', 129],
    ]);
    expect(indicators[1].values.map((v: any) => v.rag)).toEqual(['GREEN', 'AMBER', 'RED', 'GREEN']);
    const { countyProgress } = await api.ok(`query($b: ID!) { countyProgress(boardId: $b, financialYear: "2017/18") { indicators { indicator { aggregation } quarter value } } }`, { b: board.id });
    expect(countyProgress.flatMap((row: any) => row.indicators)).toEqual([{ indicator: { aggregation: 'SUM' }, quarter: '2017/18 Q4', value: 55 }]);
  });

  it('does not load again on restart', async () => {
    const before = (await api.ok(`{ partnerships { id } }`)).partnerships.length;
    await api.restart();
    expect((await api.ok(`{ partnerships { id } }`)).partnerships.length).toBe(before);
  });
});
