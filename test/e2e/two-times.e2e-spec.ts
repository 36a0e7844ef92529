import { ApiHarness } from '../support/api-harness';

/** Two times: the quarter an update reports on and when it was recorded; late updates and corrections. */
describe('two times: late updates, corrections and changesSince (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });

  afterAll(() => api.stop());

  async function correction() {
    const { events } = await api.ok(`{ events(filter: { type: "QuarterlyUpdateCorrected" }) { nodes { data recordedAt actor } } }`);
    expect(events.nodes).toHaveLength(1);
    const node = events.nodes[0];
    const data = JSON.parse(node.data);
    const { partnerships } = await api.ok(`{ partnerships { id plans { priorities { actions { id title } } } } }`);
    const owner = partnerships.find((p: any) => p.plans.some((plan: any) => plan.priorities.some((pr: any) => pr.actions.some((a: any) => a.id === data.actionId))));
    const title = owner.plans.flatMap((p: any) => p.priorities.flatMap((pr: any) => pr.actions)).find((a: any) => a.id === data.actionId).title;
    return { data, recordedAt: node.recordedAt as string, partnershipId: owner.id as string, title: title as string };
  }

  const UPDATE = `quarter rag percentComplete narrative recordedAt correctionReason late firstRecordedAt reportingDeadline
                  history { rag percentComplete recordedAt correctionReason }`;

  it('the board on the day before the correction saw the original figures; now the corrected ones, with both versions in history', async () => {
    const fix = await correction();
    const before = new Date(Date.parse(fix.recordedAt) - 1).toISOString();
    const pick = (action: any) => action.updates.find((u: any) => u.quarter === fix.data.quarter);
    const then = pick((await api.ok(`query($id: ID!, $at: DateTime) { action(id: $id, asOf: $at) { updates { ${UPDATE} } } }`, { id: fix.data.actionId, at: before })).action);
    const now = pick((await api.ok(`query($id: ID!) { action(id: $id) { updates { ${UPDATE} } } }`, { id: fix.data.actionId })).action);
    expect(then.correctionReason).toBeNull();
    expect(then.history).toHaveLength(1);
    expect(now).toMatchObject({ rag: fix.data.rag, percentComplete: fix.data.percentComplete, correctionReason: fix.data.reason, recordedAt: fix.recordedAt });
    expect(now.history).toEqual([
      { rag: then.rag, percentComplete: then.percentComplete, recordedAt: then.recordedAt, correctionReason: null },
      { rag: fix.data.rag, percentComplete: fix.data.percentComplete, recordedAt: fix.recordedAt, correctionReason: fix.data.reason },
    ]);
    expect(now.firstRecordedAt).toBe(then.recordedAt);
  });

  it('changesSince lists the correction with before and after figures, who, when and why', async () => {
    const fix = await correction();
    const since = new Date(Date.parse(fix.recordedAt) - 1).toISOString();
    const { changesSince } = await api.ok(
      `query($s: DateTime!, $p: ID!, $q: String) { changesSince(since: $s, partnershipId: $p, quarter: $q) {
         actionId actionTitle quarter before { rag percentComplete } after { rag percentComplete } recordedBy recordedAt reason late } }`,
      { s: since, p: fix.partnershipId, q: fix.data.quarter },
    );
    const { action } = await api.ok(`query($id: ID!, $at: DateTime) { action(id: $id, asOf: $at) { updates { quarter rag percentComplete } } }`, { id: fix.data.actionId, at: since });
    const seen = action.updates.find((u: any) => u.quarter === fix.data.quarter);
    expect(changesSince).toContainEqual({
      actionId: fix.data.actionId,
      actionTitle: fix.title,
      quarter: fix.data.quarter,
      before: { rag: seen.rag, percentComplete: seen.percentComplete },
      after: { rag: fix.data.rag, percentComplete: fix.data.percentComplete },
      recordedBy: expect.any(String),
      recordedAt: fix.recordedAt,
      reason: fix.data.reason,
      late: expect.any(Boolean),
    });
    expect(changesSince.every((c: any) => c.quarter === fix.data.quarter && c.recordedAt > since)).toBe(true);
    // Nothing recorded after the last event: no changes.
    const { changesSince: none } = await api.ok(`query($p: ID!) { changesSince(since: "2100-01-01T00:00:00Z", partnershipId: $p) { actionId } }`, { p: fix.partnershipId });
    expect(none).toEqual([]);
  });

  it('marks updates first recorded more than 30 days after their quarter as late', async () => {
    const { partnerships } = await api.ok(`{ partnerships { plans { priorities { actions { updates { quarter late firstRecordedAt reportingDeadline } } } } } }`);
    const updates = partnerships.flatMap((p: any) => p.plans.flatMap((plan: any) => plan.priorities.flatMap((pr: any) => pr.actions.flatMap((a: any) => a.updates))));
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) expect(u.late).toBe(u.firstRecordedAt > u.reportingDeadline);
    expect(updates.some((u: any) => u.late)).toBe(true);
    expect(updates.some((u: any) => !u.late)).toBe(true);
    // 30 days after 30 June, to the end of that day in London (BST): the UK day the returns tracker judges by
    expect(updates.find((u: any) => u.quarter === '2017/18 Q1').reportingDeadline).toBe('2017-07-30T22:59:59.999Z');
  });

  it('rejects a malformed quarter and an unknown partnership', async () => {
    const bad = await api.gql(`{ changesSince(since: "2017-09-04T00:00:00Z", partnershipId: "x", quarter: "Q5") { actionId } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    const missing = await api.gql(`{ changesSince(since: "2017-09-04T00:00:00Z", partnershipId: "nobody") { actionId } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
