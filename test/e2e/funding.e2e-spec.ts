import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

const SOURCE_FIELDS = `id name financialYear amount allocated unallocated spent version
  funder { name } recipient { name }
  allocations { actionId allocated spent spendByQuarter { quarter amount } action { title } }`;

/** The PCC's money followed over HTTP: registered, allocated to actions, spent per quarter. */
describe('funding (end to end)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    const step = planningSteps(api);
    ids.pcc = await step.registerPartnership('Office of the Police and Crime Commissioner for Leicestershire', 'POLICE_AND_CRIME_COMMISSIONER');
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.leicester = await step.registerPartnership('Safer Leicester Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West Action Plan 2017/18');
    ids.leicesterPlan = await step.createActionPlan(ids.leicester, '2017/18', 'Safer Leicester 2017/18');
    ids.asb = await step.addPriority(ids.plan, 'Increasing community confidence by addressing ASB');
    ids.lPriority = await step.addPriority(ids.leicesterPlan, 'Reducing crime and ASB');
    ids.jag = await step.createAction(ids.plan, ids.asb, 'Joint action group for Coalville town centre');
    ids.cctv = await step.createAction(ids.plan, ids.asb, 'Redeployable CCTV for hotspots');
    ids.city = await step.createAction(ids.leicesterPlan, ids.lPriority, 'Street lifestyle outreach');
    const registered = await api.ok(
      `mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`,
      { i: { name: "PCC's Partnership Locality Fund", funderPartnershipId: ids.pcc, recipientPartnershipId: ids.nwl, financialYear: '2017/18', amount: 34500 } },
      { 'x-actor': 'OPCC Partnerships Manager' },
    );
    ids.source = registered.registerFundingSource.id;
  });

  afterAll(() => api.stop());

  const allocate = (actionId: string, amount: number) =>
    api.gql(`mutation($i: AllocateFundingInput!) { allocateFunding(input: $i) { allocated unallocated } }`, {
      i: { fundingSourceId: ids.source, actionId, amount },
    });
  const spend = (actionId: string, quarter: string, amount: number) =>
    api.gql(`mutation($i: RecordFundingSpendInput!) { recordFundingSpend(input: $i) { spent } }`, {
      i: { fundingSourceId: ids.source, actionId, quarter, amount },
    });

  it('allocates to actions and records spend per quarter, totals per source and per action', async () => {
    expect((await allocate(ids.jag, 12000)).data).toEqual({ allocateFunding: { allocated: 12000, unallocated: 22500 } });
    expect((await allocate(ids.cctv, 22500)).data).toEqual({ allocateFunding: { allocated: 34500, unallocated: 0 } });
    expect((await spend(ids.jag, '2017/18 Q1', 2500.5)).data).toEqual({ recordFundingSpend: { spent: 2500.5 } });
    expect((await spend(ids.jag, '2017/18 Q2', 3000)).data).toEqual({ recordFundingSpend: { spent: 5500.5 } });

    const { fundingSources } = await api.ok(`query($p: ID, $y: String) { fundingSources(partnershipId: $p, financialYear: $y) { ${SOURCE_FIELDS} } }`, {
      p: ids.nwl,
      y: '2017/18',
    });
    expect(fundingSources).toEqual([
      {
        id: ids.source,
        name: "PCC's Partnership Locality Fund",
        financialYear: '2017/18',
        amount: 34500,
        allocated: 34500,
        unallocated: 0,
        spent: 5500.5,
        version: 5,
        funder: { name: 'Office of the Police and Crime Commissioner for Leicestershire' },
        recipient: { name: 'Safer North West Partnership' },
        allocations: [
          {
            actionId: ids.jag,
            allocated: 12000,
            spent: 5500.5,
            spendByQuarter: [
              { quarter: '2017/18 Q1', amount: 2500.5 },
              { quarter: '2017/18 Q2', amount: 3000 },
            ],
            action: { title: 'Joint action group for Coalville town centre' },
          },
          { actionId: ids.cctv, allocated: 22500, spent: 0, spendByQuarter: [], action: { title: 'Redeployable CCTV for hotspots' } },
        ],
      },
    ]);
    expect((await api.ok(`{ fundingSources(partnershipId: "${ids.leicester}") { id } }`)).fundingSources).toEqual([]);
  });

  it('refuses what the rules forbid with the field named, and records nothing', async () => {
    const before = (await api.ok(`{ fundingSource(id: "${ids.source}") { version } }`)).fundingSource.version;
    const overAllocated = await allocate(ids.jag, 0.01);
    expect(overAllocated.errors?.[0]).toMatchObject({
      message: 'Amount 0.01 is more than the 0.00 GBP still unallocated on this source',
      extensions: { code: 'CONFLICT', field: 'amount' },
    });
    const otherPartnership = await allocate(ids.city, 1);
    expect(otherPartnership.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'actionId' });
    const overspent = await spend(ids.jag, '2017/18 Q3', 6500);
    expect(overspent.errors?.[0]).toMatchObject({
      message: "Amount 6,500.00 is more than the 6,499.50 GBP of this action's allocation not yet spent",
      extensions: { code: 'CONFLICT', field: 'amount' },
    });
    expect((await spend(ids.jag, '2018/19 Q1', 1)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'quarter' });
    expect((await spend(ids.jag, '2017/18 Q1', -1)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
    const unknown = await api.gql(`mutation { allocateFunding(input: { fundingSourceId: "nope", actionId: "${ids.jag}", amount: 1 }) { id } }`);
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    const badYear = await api.gql(
      `mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`,
      { i: { name: 'Grant', funderPartnershipId: ids.pcc, recipientPartnershipId: ids.nwl, financialYear: '2017-18', amount: 10 } },
    );
    expect(badYear.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'financialYear' });
    expect((await api.ok(`{ fundingSource(id: "${ids.source}") { version } }`)).fundingSource.version).toBe(before);
  });

  it('answers as recorded at a moment', async () => {
    const history = await api.ok(`{ history(id: "${ids.source}") { recordedAt type actor } }`);
    expect(history.history.map((event: { type: string }) => event.type)).toEqual([
      'FundingSourceRegistered',
      'FundingAllocated',
      'FundingAllocated',
      'FundingSpendRecorded',
      'FundingSpendRecorded',
    ]);
    expect(history.history[0].actor).toBe('OPCC Partnerships Manager');
    const afterFirstAllocation = history.history[1].recordedAt;
    const { fundingSources } = await api.ok(`query($a: DateTime) { fundingSources(partnershipId: "${ids.nwl}", asOf: $a) { allocated spent version } }`, {
      a: afterFirstAllocation,
    });
    expect(fundingSources).toEqual([{ allocated: 12000, spent: 0, version: 2 }]);
  });
});

describe('funding in the demo (end to end)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });
  afterAll(() => api.stop());

  it("follows the PCC's money to North West Leicestershire and Leicester", async () => {
    const { partnerships } = await api.ok(`{ partnerships { id name } }`);
    const idOf = (name: string) => partnerships.find((p: { name: string }) => p.name === name).id;
    const sourcesOf = async (name: string) =>
      (await api.ok(`{ fundingSources(partnershipId: "${idOf(name)}", financialYear: "2017/18") { name amount allocated spent funder { name } allocations { allocated spent spendByQuarter { quarter amount } } } }`))
        .fundingSources;
    const [nwl] = await sourcesOf('Safer North West Partnership');
    const [leicester] = await sourcesOf('Safer Leicester Partnership');
    // North West: the Download Festival action (£5,000) was completed before the money was recorded, so it is not funded here.
    expect(nwl).toMatchObject({ name: "Police and Crime Commissioner's community safety funding", amount: 34500, allocated: 29500, spent: 26325 });
    expect(nwl.funder).toEqual({ name: 'Leicestershire Police and Crime Commissioner' });
    expect(nwl.allocations.map((a: { allocated: number; spent: number }) => [a.allocated, a.spent])).toEqual([
      [8000, 6800], [6000, 5700], [3000, 2700], [4000, 3600], [2500, 2125], [3000, 2700], [3000, 2700],
    ]);
    expect(nwl.allocations[0].spendByQuarter).toEqual([{ quarter: '2017/18 Q4', amount: 6800 }]);
    expect(leicester).toMatchObject({ name: "PCC's Partnership Locality Fund", amount: 239000, allocated: 239000, spent: 0 });
    expect(leicester.allocations).toHaveLength(12);
  });
});
