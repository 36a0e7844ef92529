import { ApiHarness } from '../support/api-harness';
import { PROGRESS_FIELDS, planningSteps } from '../support/mutations';

/**
 * The auditors' promise: capture what the API answered at several moments of a history, then
 * ask again later with asOf at each moment and get the identical answers (structure included).
 */
describe('as-of answers equal what was answered at the time (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });

  afterAll(() => api.stop());

  const PARTNERSHIP = `id name kind version plans { id title financialYear version priorities { id title statutory progress { ${PROGRESS_FIELDS} }
    actions { id title status percentComplete version milestones { id title dueQuarter status reachedOn }
              updates { quarter rag percentComplete narrative recordedAt recordedBy correctionReason } } } }`;

  async function capture(ids: { board: string; nwl: string; planId: string; actionId: string }, asOf: string | null) {
    const vars = { ...ids, asOf };
    return api.ok(
      `query($board: ID!, $nwl: ID!, $planId: ID!, $actionId: ID!, $asOf: DateTime) {
        partnership(id: $nwl, asOf: $asOf) { ${PARTNERSHIP} }
        partnerships(asOf: $asOf) { id name }
        actionPlan(id: $planId, asOf: $asOf) { id title version priorities { id title } }
        action(id: $actionId, asOf: $asOf) { id status percentComplete version updates { quarter rag percentComplete correctionReason } }
        progress(partnershipId: $nwl, asOf: $asOf) { partnership { name } priority { title } progress { ${PROGRESS_FIELDS} } }
        countyProgress(boardId: $board, financialYear: "2017/18", asOf: $asOf) { priority { title } aligned { partnership { name } priority { title } } progress { ${PROGRESS_FIELDS} } }
      }`,
      vars,
    );
  }

  /** The moment everything recorded so far is visible: the recordedAt of the last event. */
  async function lastRecordedAt(): Promise<string> {
    let after: string | null = null;
    let last: string | null = null;
    for (;;) {
      const { events }: any = await api.ok(`query($a: String) { events(after: $a, first: 500) { nodes { recordedAt } pageInfo { endCursor hasNextPage } } }`, { a: after });
      if (events.nodes.length) last = events.nodes[events.nodes.length - 1].recordedAt;
      if (!events.pageInfo.hasNextPage) return last!;
      after = events.pageInfo.endCursor;
    }
  }

  it('T1 (plan drafted), T2 (Q1 reported), T3 (Q1 corrected, a second district aligned, an action completed)', async () => {
    const step = planningSteps(api);
    const board = await step.registerPartnership('County Board', 'COUNTY_STRATEGY_BOARD');
    const boardPlan = await step.createActionPlan(board, '2017/18', 'Community Safety Agreement 2017/18');
    const countyAsb = await step.addPriority(boardPlan, 'Reducing anti-social behaviour');
    const nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const planId = await step.createActionPlan(nwl, '2017/18', 'NWL plan 2017/18');
    const asb = await step.addPriority(planId, 'Increasing community confidence by addressing ASB');
    await step.alignPriority(asb, countyAsb);
    const actionId = await step.createAction(planId, asb, 'Neighbourhood patrols');
    const other = await step.createAction(planId, asb, 'Diversionary youth activity');
    await step.scheduleMilestone(actionId, 'Patrol plan agreed', '2017/18 Q1');
    const ids = { board, nwl, planId, actionId };
    const t1 = { at: await lastRecordedAt(), answers: await capture(ids, null) };

    await step.recordUpdate(actionId, '2017/18 Q1', 'AMBER', 40, 'Staffing gap');
    await step.recordUpdate(other, '2017/18 Q1', 'GREEN', 25);
    const t2 = { at: await lastRecordedAt(), answers: await capture(ids, null) };

    await step.correctUpdate(actionId, '2017/18 Q1', 'RED', 30, 'Figures overstated');
    const charnwood = await step.registerPartnership('Charnwood CSP', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const charnwoodPlan = await step.createActionPlan(charnwood, '2017/18', 'Charnwood plan');
    const charnwoodAsb = await step.addPriority(charnwoodPlan, 'Tackling ASB in Loughborough');
    await step.alignPriority(charnwoodAsb, countyAsb);
    await step.completeAction(other);
    const t3 = { at: await lastRecordedAt(), answers: await capture(ids, null) };

    // The moments differ as the history says they should...
    expect(t1.answers.action.updates).toEqual([]);
    expect(t2.answers.action.updates).toEqual([{ quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 40, correctionReason: null }]);
    expect(t3.answers.action.updates).toEqual([{ quarter: '2017/18 Q1', rag: 'RED', percentComplete: 30, correctionReason: 'Figures overstated' }]);
    expect(t2.answers.countyProgress[0].aligned).toHaveLength(1);
    expect(t3.answers.countyProgress[0].aligned).toHaveLength(2);

    // ...and asking later with asOf gives exactly what was answered then.
    for (const moment of [t1, t2, t3]) expect(await capture(ids, moment.at)).toEqual(moment.answers);
  });
});
