import type { SaferPlanClaims } from '@saferplan/identity/tokens';
import { NESTED_READ_POLICY } from '../../apps/api/src/auth/access-policy';
import { ACCESS_POLICY } from '../../apps/api/src/access-table';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * The role matrix: every operation x every role x the caller's own or another partnership.
 * A refused call answers FORBIDDEN (UNAUTHENTICATED without a valid token); an allowed one may
 * fail for its own reasons (a conflict, a missing record) but never for access.
 */
type Access = 'everyone' | 'oversight' | 'readOwn' | 'writeOwn' | 'admin';
type Caller = 'admin' | 'coordinator (own)' | 'coordinator (other)' | 'sog' | 'auditor';

const ALLOWED: Record<Access, Caller[]> = {
  everyone: ['admin', 'coordinator (own)', 'coordinator (other)', 'sog', 'auditor'],
  oversight: ['admin', 'sog', 'auditor'],
  readOwn: ['admin', 'coordinator (own)', 'sog', 'auditor'],
  writeOwn: ['admin', 'coordinator (own)'],
  admin: ['admin'],
};

describe('access control (end to end)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    const step = planningSteps(api);
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.pcc = await step.registerPartnership('Leicestershire PCC', 'POLICE_AND_CRIME_COMMISSIONER');
    ids.own = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.other = await step.registerPartnership('Safer Leicester', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.boardPlan = await step.createActionPlan(ids.board, '2017/18', 'County strategy 2017/18');
    ids.countyPriority = await step.addPriority(ids.boardPlan, 'Reduce anti-social behaviour');
    ids.plan = await step.createActionPlan(ids.own, '2017/18', 'Safer North West 2017/18');
    ids.priority = await step.addPriority(ids.plan, 'Increasing community confidence by addressing ASB');
    await step.alignPriority(ids.priority, ids.countyPriority);
    ids.action = await step.createAction(ids.plan, ids.priority, 'Coalville joint action group');
    ids.milestone = await step.scheduleMilestone(ids.action, 'Group established', '2017/18 Q1');
    await step.recordUpdate(ids.action, '2017/18 Q1', 'GREEN', 20, 'Sensitive narrative: two named repeat offenders');
    const source = await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
      i: { name: 'Partnership Locality Fund', funderPartnershipId: ids.pcc, recipientPartnershipId: ids.own, financialYear: '2017/18', amount: 1000 },
    });
    ids.source = source.registerFundingSource.id;
    await api.ok(`mutation($i: AllocateFundingInput!) { allocateFunding(input: $i) { id } }`, { i: { fundingSourceId: ids.source, actionId: ids.action, amount: 500 } });
    const indicator = await api.ok(`mutation($i: DefineIndicatorInput!) { defineIndicator(input: $i) { id } }`, {
      i: { planId: ids.plan, priorityId: ids.priority, name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER' },
    });
    ids.indicator = indicator.defineIndicator.id;
    await api.ok(`mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }`, { i: { indicatorId: ids.indicator, quarter: '2017/18 Q1', value: 560 } });
  });

  afterAll(() => api.stop());

  const tokenFor = (caller: Caller): SaferPlanClaims => {
    switch (caller) {
      case 'admin':
        return { sub: 'admin-1', name: 'County admin', roles: ['admin'] };
      case 'coordinator (own)':
        return { sub: 'coord-nw', name: 'NW coordinator', roles: ['coordinator'], partnerships: [ids.own, ids.pcc] };
      case 'coordinator (other)':
        return { sub: 'coord-city', name: 'City coordinator', roles: ['coordinator'], partnerships: [ids.other] };
      case 'sog':
        return { sub: 'sog-chair', name: 'SOG chair', roles: ['sog'] };
      case 'auditor':
        return { sub: 'auditor-1', name: 'Internal audit', roles: ['auditor'] };
    }
  };

  /**
   * Nested reads (NESTED_READ_POLICY): a query may start at a county summary or the directory
   * (open to everyone) and follow fields into one partnership's plan details. Every path below
   * ends in Safer North West's records (the coordinator (own)'s), or, for `oversight`, in the
   * county board's plan, which neither coordinator works for. `shows` is text the answer contains
   * when the caller may read it. `leftOut`: no error; the plans are listed only to whom may open them.
   */
  const CALLERS: Caller[] = ['sog', 'auditor', 'coordinator (other)', 'coordinator (own)', 'admin'];
  const year = '2017/18';
  const county = () => `countyProgress(boardId: "${ids.board}", financialYear: "${year}")`;
  const NESTED: Array<{ path: string; access: Access | 'leftOut'; query: () => string; shows: () => string }> = [
    {
      path: 'countyProgress: priority, progress, aligned { partnership, priority, progress } (county summary)',
      access: 'everyone',
      query: () => `{ ${county()} { priority { id title statutory } progress { actions percentComplete } aligned { partnership { id name kind } priority { id title statutory alignedTo { title } progress { actions onTrack percentComplete } } progress { actions onTrack atRisk offTrack notStarted milestones milestonesReached milestonesOverdue percentComplete } } } }`,
      shows: () => 'Increasing community confidence by addressing ASB',
    },
    {
      path: 'countyProgress.aligned.priority.actions',
      access: 'readOwn',
      query: () => `{ ${county()} { progress { actions } aligned { priority { actions { id title leadAgency status percentComplete } } } } }`,
      shows: () => ids.action,
    },
    {
      path: 'countyProgress.aligned.priority.actions { updates (narratives), milestones }',
      access: 'readOwn',
      query: () => `{ ${county()} { aligned { partnership { name } priority { title actions { updates { quarter rag narrative recordedBy history { narrative } } milestones { title status } } } } } }`,
      shows: () => 'Sensitive narrative',
    },
    {
      path: 'countyProgress(asOf).aligned.priority.actions.updates (a replayed read model)',
      access: 'readOwn',
      query: () => `{ countyProgress(boardId: "${ids.board}", financialYear: "${year}", asOf: "${new Date().toISOString()}") { aligned { priority { actions { updates { narrative } } } } } }`,
      shows: () => 'Sensitive narrative',
    },
    {
      path: 'countyProgress.aligned.priority.plan',
      access: 'readOwn',
      query: () => `{ ${county()} { aligned { priority { plan { id title financialYear } } } } }`,
      shows: () => ids.plan,
    },
    {
      path: 'countyProgress.priority.actions (the county board plan)',
      access: 'oversight',
      query: () => `{ ${county()} { priority { id actions { id } } } }`,
      shows: () => ids.countyPriority,
    },
    {
      path: 'countyProgress.aligned.partnership.plans',
      access: 'leftOut',
      query: () => `{ ${county()} { aligned { partnership { name plans { id priorities { actions { updates { narrative } } } } } } } }`,
      shows: () => ids.plan,
    },
    {
      path: 'progress: partnership, priority, progress (county summary)',
      access: 'everyone',
      query: () => `{ progress(financialYear: "${year}") { partnership { id name } priority { id title alignedTo { title } progress { percentComplete } } progress { actions atRisk percentComplete } } }`,
      shows: () => 'Increasing community confidence by addressing ASB',
    },
    {
      path: 'progress(partnershipId).priority.actions { updates, milestones }',
      access: 'readOwn',
      query: () => `{ progress(partnershipId: "${ids.own}", financialYear: "${year}") { priority { actions { title updates { narrative } milestones { title } } } } }`,
      shows: () => 'Sensitive narrative',
    },
    {
      path: 'progress.partnership.plans',
      access: 'leftOut',
      query: () => `{ progress(financialYear: "${year}") { partnership { plans { id title priorities { actions { id } } } } } }`,
      shows: () => ids.plan,
    },
    {
      path: 'partnerships.plans (the directory, as the dashboard asks for it)',
      access: 'leftOut',
      query: () => `{ partnerships { id name plans { id financialYear priorities { progress { actions } actions { id milestones { title } updates { narrative } } } } } }`,
      shows: () => ids.plan,
    },
    {
      path: 'partnership.plans.priorities.alignedTo.plan (own priority to the county board plan)',
      access: 'oversight',
      query: () => `{ partnership(id: "${ids.own}") { plans { priorities { alignedTo { plan { id title } } } } } }`,
      shows: () => ids.boardPlan,
    },
    {
      path: 'action.priority.alignedTo.actions (own action to the county board plan)',
      access: 'oversight',
      query: () => `{ action(id: "${ids.action}") { priority { alignedTo { id actions { id } } } } }`,
      shows: () => ids.countyPriority,
    },
  ];

  const nestedCases = NESTED.flatMap(({ path, access, query, shows }) =>
    CALLERS.map((caller) => {
      const expected = access === 'leftOut' ? (ALLOWED.readOwn.includes(caller) ? 'listed' : 'left out') : ALLOWED[access].includes(caller) ? 'allowed' : 'FORBIDDEN';
      return [path, caller, expected, query, shows] as const;
    }),
  );

  it.each(nestedCases)('%s by %s: %s', async (_path, caller, expected, query, shows) => {
    const answer = await api.gql(query(), undefined, { authorization: `Bearer ${api.token(tokenFor(caller))}` });
    const root = Object.keys(answer.data ?? {})[0];
    if (expected === 'FORBIDDEN') {
      expect((answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(answer.data?.[root] ?? null).toBeNull();
      expect(JSON.stringify(answer)).not.toContain(shows());
      expect(JSON.stringify(answer)).not.toContain('Sensitive narrative');
    } else {
      expect(answer.errors ?? []).toEqual([]);
      expect(JSON.stringify(answer.data).includes(shows())).toBe(expected !== 'left out');
      if (expected === 'left out') expect(JSON.stringify(answer.data)).not.toContain('Sensitive narrative');
    }
  });

  it('says which nested field was refused, and why', async () => {
    const coordinator = { authorization: `Bearer ${api.token(tokenFor('coordinator (other)'))}` };
    const answer = await api.gql(`{ ${county()} { aligned { priority { actions { id } } } } }`, undefined, coordinator);
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['FORBIDDEN', 'Priority.actions: this is not one of your partnerships']]);
  });

  it("a funder's coordinator sees the funding source but not the updates or milestones of the recipient's funded action", async () => {
    const funder = { authorization: `Bearer ${api.token({ sub: 'coord-pcc', name: 'PCC coordinator', roles: ['coordinator'], partnerships: [ids.pcc] })}` };
    const source = `fundingSource(id: "${ids.source}")`;
    expect(await api.ok(`{ ${source} { name allocations { allocated } } }`, undefined, funder)).toEqual({
      fundingSource: { name: 'Partnership Locality Fund', allocations: [{ allocated: 500 }] },
    });
    for (const [details, field] of [['updates { narrative }', 'Action.updates'], ['milestones { title }', 'Action.milestones']]) {
      const answer = await api.gql(`{ ${source} { allocations { action { ${details} } } } }`, undefined, funder);
      expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['FORBIDDEN', `${field}: this is not one of your partnerships`]]);
      expect(JSON.stringify(answer)).not.toContain('Sensitive narrative');
    }
  });

  it("a coordinator sees another partnership's indicator figure in a progress row, but not its quarters and notes", async () => {
    const other = { authorization: `Bearer ${api.token(tokenFor('coordinator (other)'))}` };
    const row = `progress(partnershipId: "${ids.own}") { indicators { value rag indicator { name`;
    expect((await api.ok(`{ ${row} } } } }`, undefined, other)).progress[0].indicators).toEqual([{ value: 560, rag: 'NO_TARGET', indicator: { name: 'ASB reports' } }]);
    const answer = await api.gql(`{ ${row} values { note } } } } }`, undefined, other);
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['FORBIDDEN', 'Indicator.values: this is not one of your partnerships']]);
  });

  // Each operation touches the coordinator's own partnership (Safer North West, or the PCC it funds from).
  const OPERATIONS: Array<[string, Access, () => [string, Record<string, unknown>?]]> = [
    ['partnerships', 'everyone', () => ['{ partnerships { id } }']],
    ['progress', 'everyone', () => ['{ progress(financialYear: "2017/18") { progress { actions } } }']],
    ['countyProgress', 'everyone', () => [`{ countyProgress(boardId: "${ids.board}", financialYear: "2017/18") { progress { actions } } }`]],
    ['partnership', 'readOwn', () => [`{ partnership(id: "${ids.own}") { id } }`]],
    ['actionPlan', 'readOwn', () => [`{ actionPlan(id: "${ids.plan}") { id } }`]],
    ['action', 'readOwn', () => [`{ action(id: "${ids.action}") { id } }`]],
    ['history', 'readOwn', () => [`{ history(id: "${ids.action}") { type } }`]],
    ['fundingSources', 'readOwn', () => [`{ fundingSources(partnershipId: "${ids.own}") { id } }`]],
    ['fundingSource', 'readOwn', () => [`{ fundingSource(id: "${ids.source}") { id } }`]],
    ['indicators', 'readOwn', () => [`{ indicators(partnershipId: "${ids.own}") { id } }`]],
    ['indicator', 'readOwn', () => [`{ indicator(id: "${ids.indicator}") { id } }`]],
    ['indicatorChangesSince', 'oversight', () => [`{ indicatorChangesSince(since: "2017-01-01T00:00:00Z", partnershipId: "${ids.own}") { quarter } }`]],
    ['events', 'oversight', () => ['{ events(first: 1) { nodes { position } } }']],
    ['verifyAuditTrail', 'oversight', () => ['{ verifyAuditTrail { ok } }']],
    ['verifySeal', 'oversight', () => ['{ verifySeal(financialYear: "2017/18", quarter: "Q1") { intact } }']],
    ['quarterSeal', 'oversight', () => ['{ quarterSeal(financialYear: "2017/18", quarter: "Q1") { shortRoot } }']],
    ['changesSince', 'oversight', () => [`{ changesSince(since: "2017-01-01T00:00:00Z", partnershipId: "${ids.own}") { quarter } }`]],
    ['createActionPlan', 'writeOwn', () => ['mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }', { i: { partnershipId: ids.own, financialYear: '2018/19', title: 'Next year' } }]],
    ['importActionPlan', 'writeOwn', () => ['mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) { valid } }', { i: { partnershipId: ids.own, financialYear: '2019/20', fileName: 'plan.csv', contentBase64: Buffer.from('Priority,Action\n').toString('base64'), dryRun: true } }]],
    ['addPriority', 'writeOwn', () => ['mutation($i: AddPriorityInput!) { addPriority(input: $i) { id } }', { i: { planId: ids.plan, title: 'Reducing re-offending', statutory: true } }]],
    ['alignPriority', 'writeOwn', () => ['mutation($i: AlignPriorityInput!) { alignPriority(input: $i) { id } }', { i: { priorityId: ids.priority, alignedToPriorityId: ids.countyPriority } }]],
    ['createAction', 'writeOwn', () => ['mutation($i: CreateActionInput!) { createAction(input: $i) { id } }', { i: { planId: ids.plan, priorityId: ids.priority, title: 'Street pastors', leadAgency: 'NWLDC' } }]],
    ['scheduleMilestone', 'writeOwn', () => ['mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }', { i: { actionId: ids.action, title: 'Review', dueQuarter: '2017/18 Q4' } }]],
    ['reachMilestone', 'writeOwn', () => ['mutation($i: ReachMilestoneInput!) { reachMilestone(input: $i) { id } }', { i: { actionId: ids.action, milestoneId: ids.milestone, reachedOn: '2017-06-01' } }]],
    ['recordQuarterlyUpdate', 'writeOwn', () => ['mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }', { i: { actionId: ids.action, quarter: '2017/18 Q2', rag: 'AMBER', percentComplete: 40, narrative: 'Venue delayed' } }]],
    ['correctQuarterlyUpdate', 'writeOwn', () => ['mutation($i: CorrectQuarterlyUpdateInput!) { correctQuarterlyUpdate(input: $i) { quarter } }', { i: { actionId: ids.action, quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 25, narrative: 'Recount', reason: 'Double counted' } }]],
    ['registerFundingSource', 'writeOwn', () => ['mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }', { i: { name: 'Small grants', funderPartnershipId: ids.pcc, recipientPartnershipId: ids.own, financialYear: '2017/18', amount: 10 } }]],
    ['allocateFunding', 'writeOwn', () => ['mutation($i: AllocateFundingInput!) { allocateFunding(input: $i) { id } }', { i: { fundingSourceId: ids.source, actionId: ids.action, amount: 1 } }]],
    ['recordFundingSpend', 'writeOwn', () => ['mutation($i: RecordFundingSpendInput!) { recordFundingSpend(input: $i) { id } }', { i: { fundingSourceId: ids.source, actionId: ids.action, quarter: '2017/18 Q1', amount: 0.5 } }]],
    ['defineIndicator', 'writeOwn', () => ['mutation($i: DefineIndicatorInput!) { defineIndicator(input: $i) { id } }', { i: { planId: ids.plan, name: 'Crime change', unit: 'COUNT', polarity: 'LOWER_IS_BETTER' } }]],
    ['setIndicatorTarget', 'writeOwn', () => ['mutation($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { id } }', { i: { indicatorId: ids.indicator, quarter: '2017/18 Q2', target: 500 } }]],
    ['recordIndicatorValue', 'writeOwn', () => ['mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', { i: { indicatorId: ids.indicator, quarter: '2017/18 Q2', value: 510 } }]],
    ['correctIndicatorValue', 'writeOwn', () => ['mutation($i: CorrectIndicatorValueInput!) { correctIndicatorValue(input: $i) { id } }', { i: { indicatorId: ids.indicator, quarter: '2017/18 Q1', value: 555, reason: 'Recount' } }]],
    ['importIndicatorValues', 'writeOwn', () => ['mutation($i: ImportIndicatorValuesInput!) { importIndicatorValues(input: $i) { valid } }', { i: { partnershipId: ids.own, financialYear: '2017/18', fileName: 'v.csv', contentBase64: Buffer.from('Indicator,Quarter,Value\nASB reports,2017/18 Q3,1\n').toString('base64'), dryRun: true } }]],
    ['completeAction', 'writeOwn', () => ['mutation($i: CompleteActionInput!) { completeAction(input: $i) { id } }', { i: { actionId: ids.action } }]],
    ['cancelAction', 'writeOwn', () => ['mutation($i: CancelActionInput!) { cancelAction(input: $i) { id } }', { i: { actionId: ids.action, reason: 'Superseded' } }]],
    ['registerPartnership', 'admin', () => ['mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id } }', { i: { name: 'Rutland CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } }]],
    ['recordMemberJoined', 'admin', () => ['mutation($i: RecordMemberJoinedInput!) { recordMemberJoined(input: $i) { id } }', { i: { partnershipId: ids.board, agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' } }]],
    ['recordMemberLeft', 'admin', () => ['mutation($i: RecordMemberLeftInput!) { recordMemberLeft(input: $i) { id } }', { i: { partnershipId: ids.board, agency: 'Rutland County Council', on: '2023-06-01' } }]],
    ['renamePartnership', 'admin', () => ['mutation($i: RenamePartnershipInput!) { renamePartnership(input: $i) { id } }', { i: { partnershipId: ids.other, name: 'Safer Leicester Partnership', on: '2023-04-01' } }]],
    ['mergePartnerships', 'admin', () => ['mutation($i: MergePartnershipsInput!) { mergePartnerships(input: $i) { id } }', { i: { absorbedPartnershipId: ids.other, intoPartnershipId: ids.own, on: '2023-04-01' } }]],
    ['sealQuarter', 'admin', () => ['mutation($i: SealQuarterInput!) { sealQuarter(input: $i) { shortRoot } }', { i: { financialYear: '2017/18', quarter: 'Q1' } }]],
  ];

  const cases = OPERATIONS.flatMap(([operation, access, request]) =>
    CALLERS.map((caller) => [operation, caller, ALLOWED[access].includes(caller) ? 'allowed' : 'FORBIDDEN', request] as const),
  );

  it.each(cases)('%s by %s: %s', async (operation, caller, expected, request) => {
    const [query, variables] = request();
    const answer = await api.gql(query, variables, { authorization: `Bearer ${api.token(tokenFor(caller))}` });
    const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
    if (expected === 'FORBIDDEN') {
      expect(codes).toEqual(['FORBIDDEN']);
      expect(answer.data?.[operation] ?? null).toBeNull();
    } else {
      expect(codes).not.toContain('FORBIDDEN');
      expect(codes).not.toContain('UNAUTHENTICATED');
    }
  });

  it.each(OPERATIONS.map(([operation, , request]) => [operation, request] as const))('%s without a token: UNAUTHENTICATED', async (_operation, request) => {
    const [query, variables] = request();
    for (const authorization of ['', 'Bearer not-a-token', `Bearer ${api.token(tokenFor('admin'), -10)}`, `Basic ${Buffer.from('a:b').toString('base64')}`]) {
      const answer = await api.gql(query, variables, { authorization });
      expect((answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('tells an expired token, a forged one and a missing one apart', async () => {
    const messageFor = async (authorization: string) => (await api.gql('{ partnerships { id } }', undefined, { authorization })).errors?.[0].message;
    expect(await messageFor('')).toBe('Sign in: send the header Authorization: Bearer <token>');
    expect(await messageFor(`Bearer ${api.token(tokenFor('admin'), -10)}`)).toBe('The token has expired; sign in again');
    const { mintToken } = await import('@saferplan/identity/tokens');
    expect(await messageFor(`Bearer ${mintToken('someone-elses-secret-0123456789abcdef', tokenFor('admin'))}`)).toBe('The token is not valid (invalid signature)');
  });

  it('a token with no SaferPlan role may not read anything', async () => {
    const answer = await api.gql('{ partnerships { id } }', undefined, { authorization: `Bearer ${api.token({ sub: 'x', name: 'Visitor', roles: [] })}` });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['FORBIDDEN', 'partnerships is not allowed for no SaferPlan role']]);
  });

  it('a coordinator is refused another partnership with a reason, and nothing is written', async () => {
    const before = await api.ok(`{ action(id: "${ids.action}") { version } }`);
    const answer = await api.gql(
      'mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }',
      { i: { actionId: ids.action, quarter: '2017/18 Q3', rag: 'RED', percentComplete: 1, narrative: 'Not mine' } },
      { authorization: `Bearer ${api.token(tokenFor('coordinator (other)'))}` },
    );
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['FORBIDDEN', 'recordQuarterlyUpdate: this is not one of your partnerships']]);
    expect(await api.ok(`{ action(id: "${ids.action}") { version } }`)).toEqual(before);
  });

  it('records the token subject and name as the actor of every event, shown by history', async () => {
    const coordinator = { authorization: `Bearer ${api.token(tokenFor('coordinator (own)'))}` };
    const created = await api.ok(
      'mutation($i: CreateActionInput!) { createAction(input: $i) { id } }',
      { i: { planId: ids.plan, priorityId: ids.priority, title: 'Neighbourhood watch relaunch', leadAgency: 'Leicestershire Police' } },
      coordinator,
    );
    const { history } = await api.ok(`{ history(id: "${created.createAction.id}") { type actor actorName } }`);
    expect(history).toEqual([{ type: 'ActionCreated', actor: 'coord-nw', actorName: 'NW coordinator' }]);
  });

  it('guards the board pack route the same way', async () => {
    const path = `/board-packs/${ids.own}?quarter=${encodeURIComponent('2017/18 Q1')}&format=html`;
    expect((await api.download(path, { authorization: '' })).status).toBe(401);
    const refused = await api.download(path, { authorization: `Bearer ${api.token(tokenFor('coordinator (other)'))}` });
    expect([refused.status, ((await refused.json()) as any).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect((await api.download(path, { authorization: `Bearer ${api.token(tokenFor('coordinator (own)'))}` })).status).toBe(200);
    expect((await api.download(path, { authorization: `Bearer ${api.token(tokenFor('sog'))}` })).status).toBe(200);
  });

  it('every query and mutation in the schema has an access rule (unknown operations are refused for everyone)', async () => {
    const schema = await api.ok('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const operations = [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((field: { name: string }) => field.name);
    expect(operations.filter((name: string) => !Object.hasOwn(ACCESS_POLICY, name))).toEqual([]);
    expect(OPERATIONS.map(([operation]) => operation).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('every field that leads into a plan, an action or its details from elsewhere has a nested read rule', async () => {
    const { __schema } = await api.ok(`{ __schema { types { name kind fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`);
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const named = (type: TypeRef): string | null => type.name ?? (type.ofType ? named(type.ofType) : null);
    const fields = (__schema.types as Array<{ name: string; kind: string; fields: Array<{ name: string; type: TypeRef }> | null }>)
      .filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__'))
      .flatMap((type) => (type.fields ?? []).map((field) => ({ at: `${type.name}.${field.name}`, from: type.name, to: named(field.type) })));
    const details = ['ActionPlan', 'Action', 'Milestone', 'QuarterlyUpdate'];
    // Query and Mutation fields are operations (ACCESS_POLICY); inside a plan or an action the way in was checked.
    const ways = fields.filter(({ from, to }) => !['Query', 'Mutation', ...details].includes(from) && details.includes(to!)).map(({ at }) => at);
    const ruled = Object.keys(NESTED_READ_POLICY);
    // FundingAllocation.action: the funded action's headline, to the funding source's readers; its
    // milestones and updates keep their own rules (Action.milestones, Action.updates).
    expect(ways.filter((at) => !ruled.includes(at)).sort()).toEqual(['FundingAllocation.action']);
    expect(ruled.filter((at) => !fields.some((field) => field.at === at))).toEqual([]);
  });
});
