import type { SaferPlanClaims } from '../../apps/api/src/auth/tokens';
import { ACCESS_POLICY } from '../../apps/api/src/auth/access-policy';
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
    ids.action = await step.createAction(ids.plan, ids.priority, 'Coalville joint action group');
    ids.milestone = await step.scheduleMilestone(ids.action, 'Group established', '2017/18 Q1');
    await step.recordUpdate(ids.action, '2017/18 Q1', 'GREEN', 20);
    const source = await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
      i: { name: 'Partnership Locality Fund', funderPartnershipId: ids.pcc, recipientPartnershipId: ids.own, financialYear: '2017/18', amount: 1000 },
    });
    ids.source = source.registerFundingSource.id;
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
    ['completeAction', 'writeOwn', () => ['mutation($i: CompleteActionInput!) { completeAction(input: $i) { id } }', { i: { actionId: ids.action } }]],
    ['cancelAction', 'writeOwn', () => ['mutation($i: CancelActionInput!) { cancelAction(input: $i) { id } }', { i: { actionId: ids.action, reason: 'Superseded' } }]],
    ['registerPartnership', 'admin', () => ['mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id } }', { i: { name: 'Rutland CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } }]],
    ['recordMemberJoined', 'admin', () => ['mutation($i: RecordMemberJoinedInput!) { recordMemberJoined(input: $i) { id } }', { i: { partnershipId: ids.board, agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' } }]],
    ['recordMemberLeft', 'admin', () => ['mutation($i: RecordMemberLeftInput!) { recordMemberLeft(input: $i) { id } }', { i: { partnershipId: ids.board, agency: 'Rutland County Council', on: '2023-06-01' } }]],
    ['renamePartnership', 'admin', () => ['mutation($i: RenamePartnershipInput!) { renamePartnership(input: $i) { id } }', { i: { partnershipId: ids.other, name: 'Safer Leicester Partnership', on: '2023-04-01' } }]],
    ['mergePartnerships', 'admin', () => ['mutation($i: MergePartnershipsInput!) { mergePartnerships(input: $i) { id } }', { i: { absorbedPartnershipId: ids.other, intoPartnershipId: ids.own, on: '2023-04-01' } }]],
    ['sealQuarter', 'admin', () => ['mutation($i: SealQuarterInput!) { sealQuarter(input: $i) { shortRoot } }', { i: { financialYear: '2017/18', quarter: 'Q1' } }]],
  ];

  const CALLERS: Caller[] = ['sog', 'auditor', 'coordinator (other)', 'coordinator (own)', 'admin'];
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
    const { mintToken } = await import('../../apps/api/src/auth/tokens');
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
});
