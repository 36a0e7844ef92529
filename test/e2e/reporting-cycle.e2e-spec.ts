import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * Issue 17 over HTTP: the reporting calendar, the returns tracker (a partnership with no plan,
 * a late return, a missing one), approval of a contributor's update and closing a quarter.
 * Quarters of 2017/18 have long ended on any date this runs, so every update recorded now is
 * late by the default deadline; a quarter given a deadline in 2099 is still open.
 */
describe.each(storesUnderTest())('reporting cycle (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const as = (roles: string[], partnerships: string[], sub = roles[0], email?: string) => ({
    authorization: `Bearer ${api.token({ sub, name: sub, roles: roles as never, partnerships, ...(email ? { email, email_verified: true } : {}) } as never)}`,
  });
  let coordinator: Record<string, string>;
  let contributor: Record<string, string>;

  const CALENDAR = `partnershipId financialYear updateDeadlineDays set quarters { quarter updateDeadline boardMeeting closed closedOn }`;
  const RETURNS = `query($y: String!) { returns(financialYear: $y) { partnershipId partnershipName noPlan quarters { quarter state due received late missing awaitingApproval updateDeadline closed } } }`;
  const UPDATE = `quarter rag percentComplete status returnComment afterClose`;

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership('Safer North West Leicestershire Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.melton = await step.registerPartnership('Melton Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West Action Plan 2017/18');
    ids.asb = await step.addPriority(ids.plan, 'Increasing community confidence by addressing ASB');
    ids.a1 = await step.createAction(ids.plan, ids.asb, 'Joint action group for Coalville');
    ids.a2 = await step.createAction(ids.plan, ids.asb, 'Tackle street drinking in Ashby');
    coordinator = as(['coordinator'], [ids.nwl], 'coordinator-nwl');
    // A contributor records only on actions they own (issue 16): the contributor owns a2.
    const { invitePerson } = await api.ok(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }`, {
      i: { name: 'Casey Contributor', email: 'casey@police.example', organisation: 'Leicestershire Police' },
    });
    await api.ok(`mutation($i: AssignActionOwnerInput!) { assignActionOwner(input: $i) { id } }`, { i: { actionId: ids.a2, personId: invitePerson.id } });
    contributor = as(['contributor'], [ids.nwl], 'contributor-nwl', 'casey@police.example');
  });

  afterAll(() => api.stop());

  it('answers the default calendar before one is set: 30 days after each quarter ends', async () => {
    const { reportingCalendar } = await api.ok(`{ reportingCalendar(partnershipId: "${ids.nwl}", financialYear: "2017/18") { ${CALENDAR} } }`);
    expect(reportingCalendar.set).toBe(false);
    expect(reportingCalendar.quarters.map((q: any) => q.updateDeadline)).toEqual(['2017-07-30', '2017-10-30', '2018-01-30', '2018-04-30']);
  });

  it('refuses a bad calendar naming the field, and writes nothing', async () => {
    const answer = await api.gql(`mutation($i: SetReportingCalendarInput!) { setReportingCalendar(input: $i) { set } }`, {
      i: { partnershipId: ids.nwl, financialYear: '2017/18', updateDeadlineDays: 0 },
    }, coordinator);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updateDeadlineDays' });
    const { reportingCalendar } = await api.ok(`{ reportingCalendar(partnershipId: "${ids.nwl}", financialYear: "2017/18") { set } }`);
    expect(reportingCalendar.set).toBe(false);
  });

  it('a coordinator sets the calendar: own days, a board meeting, open deadlines for Q3 and Q4', async () => {
    const { setReportingCalendar } = await api.ok(
      `mutation($i: SetReportingCalendarInput!) { setReportingCalendar(input: $i) { ${CALENDAR} } }`,
      {
        i: {
          partnershipId: ids.nwl,
          financialYear: '2017/18',
          updateDeadlineDays: 21,
          quarters: [{ quarter: 'Q1', boardMeeting: '2017-09-04' }, { quarter: 'Q3', updateDeadline: '2099-01-31' }, { quarter: '2017/18 Q4', updateDeadline: '2099-04-30' }],
        },
      },
      coordinator,
    );
    expect(setReportingCalendar).toMatchObject({ set: true, updateDeadlineDays: 21 });
    expect(setReportingCalendar.quarters).toEqual([
      { quarter: '2017/18 Q1', updateDeadline: '2017-07-21', boardMeeting: '2017-09-04', closed: false, closedOn: null },
      { quarter: '2017/18 Q2', updateDeadline: '2017-10-21', boardMeeting: null, closed: false, closedOn: null },
      { quarter: '2017/18 Q3', updateDeadline: '2099-01-31', boardMeeting: null, closed: false, closedOn: null },
      { quarter: '2017/18 Q4', updateDeadline: '2099-04-30', boardMeeting: null, closed: false, closedOn: null },
    ]);
    const other = await api.gql(`mutation($i: SetReportingCalendarInput!) { setReportingCalendar(input: $i) { set } }`, { i: { partnershipId: ids.melton, financialYear: '2017/18' } }, coordinator);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the returns tracker shows a partnership with no plan, a late return, a missing one, one due and one in', async () => {
    const step = planningSteps(api);
    await step.recordUpdate(ids.a1, '2017/18 Q1', 'GREEN', 25); // late: recorded years after 21 July 2017
    await step.recordUpdate(ids.a1, '2017/18 Q3', 'GREEN', 50); // Q3 open until 2099: a2 still due
    await step.recordUpdate(ids.a1, '2017/18 Q4', 'GREEN', 60);
    await step.recordUpdate(ids.a2, '2017/18 Q4', 'AMBER', 30);
    const { returns } = await api.ok(RETURNS, { y: '2017/18' });
    const melton = returns.find((row: any) => row.partnershipId === ids.melton);
    expect(melton).toMatchObject({ partnershipName: 'Melton Community Safety Partnership', noPlan: true });
    expect(melton.quarters.map((q: any) => q.state)).toEqual(['NO_PLAN', 'NO_PLAN', 'NO_PLAN', 'NO_PLAN']);
    const nwl = returns.find((row: any) => row.partnershipId === ids.nwl);
    expect(nwl.noPlan).toBe(false);
    expect(nwl.quarters.map(({ quarter, state, due, received, late, missing }: any) => [quarter, state, due, received, late, missing])).toEqual([
      ['2017/18 Q1', 'MISSING', 2, 1, 1, 1],
      ['2017/18 Q2', 'MISSING', 2, 0, 0, 2],
      ['2017/18 Q3', 'DUE', 2, 1, 0, 0],
      ['2017/18 Q4', 'IN', 2, 2, 0, 0],
    ]);
  });

  it('QuarterlyUpdate.late and reportingDeadline follow the partnership\'s calendar, live and as recorded at a moment', async () => {
    const UPDATES = `updates { quarter late reportingDeadline }`;
    const { action } = await api.ok(`{ action(id: "${ids.a1}") { ${UPDATES} } }`);
    expect(action.updates).toEqual([
      { quarter: '2017/18 Q1', late: true, reportingDeadline: '2017-07-21T22:59:59.999Z' }, // 21 days, end of the UK day (BST)
      { quarter: '2017/18 Q3', late: false, reportingDeadline: '2099-01-31T23:59:59.999Z' },
      { quarter: '2017/18 Q4', late: false, reportingDeadline: '2099-04-30T22:59:59.999Z' },
    ]);

    const step = planningSteps(api);
    const hinckley = await step.registerPartnership('Hinckley and Bosworth Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const plan = await step.createActionPlan(hinckley, '2017/18', 'Hinckley and Bosworth Action Plan 2017/18');
    const priority = await step.addPriority(plan, 'Reducing re-offending');
    const actionId = await step.createAction(plan, priority, 'Integrated offender management');
    await step.recordUpdate(actionId, '2017/18 Q2', 'GREEN', 40);
    const beforeCalendar = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.ok(`mutation($i: SetReportingCalendarInput!) { setReportingCalendar(input: $i) { set } }`, {
      i: { partnershipId: hinckley, financialYear: '2017/18', quarters: [{ quarter: 'Q2', updateDeadline: '2099-10-30' }] },
    });
    const live = await api.ok(`{ action(id: "${actionId}") { ${UPDATES} } }`);
    expect(live.action.updates).toEqual([{ quarter: '2017/18 Q2', late: false, reportingDeadline: '2099-10-30T23:59:59.999Z' }]);
    const then = await api.ok(`query($at: DateTime) { action(id: "${actionId}", asOf: $at) { ${UPDATES} } }`, { at: beforeCalendar });
    expect(then.action.updates).toEqual([{ quarter: '2017/18 Q2', late: true, reportingDeadline: '2017-10-30T23:59:59.999Z' }]);
    const { changesSince } = await api.ok(`query($since: DateTime!) { changesSince(since: $since, partnershipId: "${hinckley}") { quarter late } }`, { since: '2017-01-01T00:00:00Z' });
    expect(changesSince).toEqual([{ quarter: '2017/18 Q2', late: false }]);
  });

  it('closing a quarter refuses new updates naming it in words; a correction with a reason is flagged afterClose', async () => {
    const { closeReportingQuarter } = await api.ok(
      `mutation($i: CloseReportingQuarterInput!) { closeReportingQuarter(input: $i) { quarters { quarter closed closedOn } } }`,
      { i: { partnershipId: ids.nwl, quarter: '2017/18 Q1' } },
      coordinator,
    );
    expect(closeReportingQuarter.quarters[0]).toMatchObject({ quarter: '2017/18 Q1', closed: true });
    const refused = await api.gql(`mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }`, {
      i: { actionId: ids.a2, quarter: '2017/18 Q1', rag: 'RED', percentComplete: 5, narrative: 'Late' },
    }, coordinator);
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/^2017\/18 Q1 is closed: the partnership closed it after its board meeting on \d{1,2} \w+ \d{4}\. New updates for it are refused/);
    const again = await api.gql(`mutation($i: CloseReportingQuarterInput!) { closeReportingQuarter(input: $i) { set } }`, { i: { partnershipId: ids.nwl, quarter: '2017/18 Q1' } }, coordinator);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const { correctQuarterlyUpdate } = await api.ok(`mutation($i: CorrectQuarterlyUpdateInput!) { correctQuarterlyUpdate(input: $i) { ${UPDATE} correctionReason } }`, {
      i: { actionId: ids.a1, quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 20, narrative: 'Restated', reason: 'Double counted' },
    }, coordinator);
    expect(correctQuarterlyUpdate).toMatchObject({ quarter: '2017/18 Q1', status: 'COUNTED', afterClose: true, correctionReason: 'Double counted' });
    const { action } = await api.ok(`{ action(id: "${ids.a1}") { updates { quarter afterClose } } }`);
    expect(action.updates).toEqual([{ quarter: '2017/18 Q1', afterClose: true }, { quarter: '2017/18 Q3', afterClose: false }, { quarter: '2017/18 Q4', afterClose: false }]);
    const pack = await (await api.download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q1&format=html`)).text();
    expect(pack).toContain('Restated (changed after the board: Double counted)');
  });

  it('with approval on, a contributor\'s update is SUBMITTED until a coordinator approves it or returns it with a comment', async () => {
    const record = (headers: Record<string, string>, percentComplete: number) =>
      api.gql(`mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { ${UPDATE} } }`, {
        i: { actionId: ids.a2, quarter: '2017/18 Q3', rag: 'GREEN', percentComplete, narrative: 'Street drinking down' },
      }, headers);
    const forbidden = await api.gql(`mutation($i: RequireUpdateApprovalInput!) { requireUpdateApproval(input: $i) { required } }`, { i: { partnershipId: ids.nwl, on: true } }, contributor);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { requireUpdateApproval } = await api.ok(`mutation($i: RequireUpdateApprovalInput!) { requireUpdateApproval(input: $i) { partnershipId required } }`, { i: { partnershipId: ids.nwl, on: true } }, coordinator);
    expect(requireUpdateApproval).toEqual({ partnershipId: ids.nwl, required: true });

    const submitted = await record(contributor, 40);
    expect(submitted.data?.recordQuarterlyUpdate).toMatchObject({ status: 'SUBMITTED', percentComplete: 40 });
    const a2 = `{ action(id: "${ids.a2}") { status percentComplete } }`;
    expect((await api.ok(a2)).action).toEqual({ status: 'AT_RISK', percentComplete: 30 }); // still Q4's counted update
    const q3 = async () => (await api.ok(RETURNS, { y: '2017/18' })).returns.find((row: any) => row.partnershipId === ids.nwl).quarters[2];
    expect(await q3()).toMatchObject({ state: 'IN', received: 2, awaitingApproval: 1 });
    const progress = `{ progress(partnershipId: "${ids.nwl}") { awaitingApproval progress { percentComplete } } }`;
    expect((await api.ok(progress)).progress).toEqual([{ awaitingApproval: 1, progress: { percentComplete: 45 } }]); // a1 60%, a2 30%
    const pack = await (await api.download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q3&format=html`)).text();
    expect(pack).toContain('1 update awaits a coordinator&#39;s approval and is not counted');
    expect(pack).not.toContain('Missing update'); // Q3 is due by the calendar's 31 January 2099, not the default 30 January 2018

    const queue = `{ approvalQueue { actionId actionTitle partnershipId update { quarter status percentComplete } } }`;
    expect((await api.ok(queue, undefined, coordinator)).approvalQueue).toEqual([
      { actionId: ids.a2, actionTitle: 'Tackle street drinking in Ashby', partnershipId: ids.nwl, update: { quarter: '2017/18 Q3', status: 'SUBMITTED', percentComplete: 40 } },
    ]);
    expect((await api.ok(queue, undefined, as(['coordinator'], [ids.melton]))).approvalQueue).toEqual([]);
    const notTheirs = await api.gql(`mutation($i: ApproveQuarterlyUpdateInput!) { approveQuarterlyUpdate(input: $i) { status } }`, { i: { actionId: ids.a2, quarter: '2017/18 Q3' } }, contributor);
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { returnQuarterlyUpdate } = await api.ok(`mutation($i: ReturnQuarterlyUpdateInput!) { returnQuarterlyUpdate(input: $i) { ${UPDATE} } }`, {
      i: { actionId: ids.a2, quarter: '2017/18 Q3', comment: 'Say which streets' },
    }, coordinator);
    expect(returnQuarterlyUpdate).toMatchObject({ status: 'RETURNED', returnComment: 'Say which streets' });
    expect(await q3()).toMatchObject({ state: 'DUE', received: 1, awaitingApproval: 0 });

    expect((await record(contributor, 45)).data?.recordQuarterlyUpdate).toMatchObject({ status: 'SUBMITTED', percentComplete: 45, returnComment: null });
    const { approveQuarterlyUpdate } = await api.ok(`mutation($i: ApproveQuarterlyUpdateInput!) { approveQuarterlyUpdate(input: $i) { ${UPDATE} } }`, {
      i: { actionId: ids.a2, quarter: '2017/18 Q3' },
    }, coordinator);
    expect(approveQuarterlyUpdate).toMatchObject({ status: 'COUNTED', percentComplete: 45 });
    expect(await q3()).toMatchObject({ state: 'IN', received: 2, awaitingApproval: 0 });
    expect((await api.ok(progress)).progress).toEqual([{ awaitingApproval: 0, progress: { percentComplete: 45 } }]); // Q4 is still each action's latest
    const twice = await api.gql(`mutation($i: ApproveQuarterlyUpdateInput!) { approveQuarterlyUpdate(input: $i) { status } }`, { i: { actionId: ids.a2, quarter: '2017/18 Q3' } }, coordinator);
    expect(twice.errors?.[0]).toMatchObject({ message: 'The update for 2017/18 Q3 is already counted: there is nothing to approve or return', extensions: { code: 'CONFLICT' } });
  });

  it('a coordinator\'s own update counts at once even with approval on', async () => {
    const { recordQuarterlyUpdate } = await api.ok(`mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { ${UPDATE} } }`, {
      i: { actionId: ids.a1, quarter: '2017/18 Q2', rag: 'GREEN', percentComplete: 30, narrative: 'Back on track' },
    }, coordinator);
    expect(recordQuarterlyUpdate.status).toBe('COUNTED');
  });
});
