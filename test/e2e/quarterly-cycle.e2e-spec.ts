import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps, PROGRESS_FIELDS } from '../support/mutations';

/**
 * A whole year's cycle over HTTP, with every progress figure checked against the rules in
 * docs/domain-rules.md: status from the latest quarter's update, completed = 100%, cancelled leaves the
 * figures, overdue = due quarter ended and not reached, percent = mean of counted actions.
 */
describe.each(storesUnderTest())('quarterly cycle (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership('Safer North West Leicestershire Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.plan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West Action Plan 2017/18');
    ids.boardPlan = await step.createActionPlan(ids.board, '2017/18', 'Community Safety Agreement 2017/18');
    ids.asb = await step.addPriority(ids.plan, 'Increasing community confidence by addressing ASB');
    ids.reoffending = await step.addPriority(ids.plan, 'Reducing re-offending', true);
    ids.county = await step.addPriority(ids.boardPlan, 'Reduce anti-social behaviour and re-offending');
    await step.alignPriority(ids.asb, ids.county);
    await step.alignPriority(ids.reoffending, ids.county);

    ids.a1 = await step.createAction(ids.plan, ids.asb, 'Joint action group for Coalville town centre', 'Leicestershire Police', 'Sector Inspector');
    ids.a2 = await step.createAction(ids.plan, ids.asb, 'Tackle street drinking in Ashby');
    ids.a3 = await step.createAction(ids.plan, ids.asb, 'Publicise the ASB case review');
    ids.a4 = await step.createAction(ids.plan, ids.reoffending, 'Integrated offender management referrals', 'Probation');
    ids.a5 = await step.createAction(ids.plan, ids.reoffending, 'Youth diversion pilot');
    ids.a6 = await step.createAction(ids.plan, ids.reoffending, 'Housing pathway for prison leavers');

    ids.m1 = await step.scheduleMilestone(ids.a1, 'Group established', '2017/18 Q1');
    ids.m2 = await step.scheduleMilestone(ids.a1, 'Problem profile agreed', '2017/18 Q2');
    ids.m3 = await step.scheduleMilestone(ids.a2, 'Designated public places order review', '2030/31 Q1');
    ids.m5 = await step.scheduleMilestone(ids.a5, 'Pilot launched', '2017/18 Q1');
    await step.reachMilestone(ids.a1, ids.m1, '2017-06-15');

    await step.recordUpdate(ids.a1, '2017/18 Q1', 'GREEN', 25);
    await step.recordUpdate(ids.a1, '2017/18 Q2', 'AMBER', 40);
    await step.recordUpdate(ids.a2, '2017/18 Q1', 'RED', 10);
    await step.recordUpdate(ids.a3, '2017/18 Q1', 'GREEN', 80);
    await step.completeAction(ids.a3);
    await step.recordUpdate(ids.a4, '2017/18 Q1', 'GREEN', 30);
    await step.correctUpdate(ids.a4, '2017/18 Q1', 'AMBER', 20, 'Referral numbers were double counted');
    await step.recordUpdate(ids.a5, '2017/18 Q1', 'GREEN', 50);
    await step.cancelAction(ids.a5, 'Funding withdrawn');
  });

  afterAll(() => api.stop());

  const progressQuery = `query($p: ID, $y: String) {
    progress(partnershipId: $p, financialYear: $y) { partnership { id name } priority { id title statutory } progress { ${PROGRESS_FIELDS} } }
  }`;

  const expectedAsb = {
    actions: 3, completed: 1, onTrack: 0, atRisk: 1, offTrack: 1, notStarted: 0,
    milestones: 3, milestonesReached: 1, milestonesOverdue: 1, percentComplete: 50,
  };
  const expectedReoffending = {
    actions: 2, completed: 0, onTrack: 0, atRisk: 1, offTrack: 0, notStarted: 1,
    milestones: 0, milestonesReached: 0, milestonesOverdue: 0, percentComplete: 10,
  };

  it('rolls up each priority number by number', async () => {
    const { progress } = await api.ok(progressQuery, { p: ids.nwl, y: '2017/18' });
    expect(progress).toHaveLength(2);
    expect(progress[0].priority).toEqual({ id: ids.asb, title: 'Increasing community confidence by addressing ASB', statutory: false });
    expect(progress[0].partnership.id).toBe(ids.nwl);
    expect(progress[0].progress).toEqual(expectedAsb);
    expect(progress[1].priority.statutory).toBe(true);
    expect(progress[1].progress).toEqual(expectedReoffending);
  });

  it('takes each action status from its latest quarter, with corrections applied', async () => {
    const query = `query($id: ID!) { action(id: $id) { status percentComplete version updates { quarter rag percentComplete correctionReason recordedBy } milestones { id status reachedOn } } }`;
    const a1 = (await api.ok(query, { id: ids.a1 })).action;
    expect(a1.status).toBe('AT_RISK');
    expect(a1.percentComplete).toBe(40);
    expect(a1.updates.map((u: any) => u.quarter)).toEqual(['2017/18 Q1', '2017/18 Q2']);
    expect(a1.milestones).toEqual([
      { id: ids.m1, status: 'REACHED', reachedOn: '2017-06-15' },
      { id: ids.m2, status: 'OVERDUE', reachedOn: null },
    ]);
    const a4 = (await api.ok(query, { id: ids.a4 })).action;
    expect(a4.status).toBe('AT_RISK');
    expect(a4.updates).toEqual([
      { quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 20, correctionReason: 'Referral numbers were double counted', recordedBy: 'e2e-admin' },
    ]);
    expect((await api.ok(query, { id: ids.a2 })).action.milestones[0].status).toBe('PENDING');
    expect((await api.ok(query, { id: ids.a3 })).action).toMatchObject({ status: 'COMPLETED', percentComplete: 100 });
    expect((await api.ok(query, { id: ids.a5 })).action.status).toBe('CANCELLED');
    expect((await api.ok(query, { id: ids.a6 })).action).toMatchObject({ status: 'NOT_STARTED', percentComplete: 0, version: 1 });
  });

  it('keeps the original update in history beside its correction', async () => {
    const { history } = await api.ok(`query($id: ID!) { history(id: $id) { type revision data actor recordedAt position } }`, { id: ids.a4 });
    expect(history.map((e: any) => e.type)).toEqual(['ActionCreated', 'QuarterlyUpdateRecorded', 'QuarterlyUpdateCorrected']);
    expect(JSON.parse(history[1].data)).toMatchObject({ rag: 'GREEN', percentComplete: 30 });
    expect(JSON.parse(history[2].data)).toMatchObject({ rag: 'AMBER', percentComplete: 20, reason: 'Referral numbers were double counted' });
    expect(history.map((e: any) => e.revision)).toEqual([0, 1, 2]);
  });

  it("gives the SOG the county view through the alignment", async () => {
    const { countyProgress } = await api.ok(
      `query($b: ID!) { countyProgress(boardId: $b, financialYear: "2017/18") {
        priority { id } aligned { priority { id } progress { percentComplete } } progress { ${PROGRESS_FIELDS} } } }`,
      { b: ids.board },
    );
    expect(countyProgress).toHaveLength(1);
    expect(countyProgress[0].priority.id).toBe(ids.county);
    expect(countyProgress[0].aligned.map((row: any) => row.priority.id)).toEqual([ids.asb, ids.reoffending]);
    expect(countyProgress[0].progress).toEqual({
      actions: 5, completed: 1, onTrack: 0, atRisk: 2, offTrack: 1, notStarted: 1,
      milestones: 3, milestonesReached: 1, milestonesOverdue: 1, percentComplete: 34,
    });
  });

  it('answers the same figures after a restart on the same data', async () => {
    const before = await api.ok(progressQuery, {});
    await api.restart();
    const after = await api.ok(progressQuery, {});
    expect(after).toEqual(before);
    expect(after.progress.find((row: any) => row.priority.id === ids.asb).progress).toEqual(expectedAsb);
  });

  it('shows the structure: partnership -> plans -> priorities -> actions', async () => {
    const { partnership } = await api.ok(
      `query($id: ID!) { partnership(id: $id) { name kind version plans { financialYear partnership { id } priorities { title actions { title } progress { actions } } } } }`,
      { id: ids.nwl },
    );
    expect(partnership.kind).toBe('COMMUNITY_SAFETY_PARTNERSHIP');
    expect(partnership.plans).toHaveLength(1);
    expect(partnership.plans[0].partnership.id).toBe(ids.nwl);
    expect(partnership.plans[0].priorities.map((p: any) => p.actions.length)).toEqual([3, 3]);
    expect(partnership.plans[0].priorities[1].progress.actions).toBe(2);
  });
});
