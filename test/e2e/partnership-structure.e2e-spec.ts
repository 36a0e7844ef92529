import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/** Structure over time: members join and leave, a board is renamed, two CSPs merge (admin only). */
describe('partnership structure over time (end to end)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const moments: Record<string, string> = {};
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5)); // distinct recordedAt moments

  const PARTNERSHIP = `query($id: ID!, $asOf: DateTime) { partnership(id: $id, asOf: $asOf) {
    name formerNames version mergedOn mergedInto { id name } members { agency responsibleAuthority voting joinedOn } } }`;
  const mutate = (name: string, input: Record<string, unknown>) =>
    api.gql(`mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { id name version } }`, { i: input });

  beforeAll(async () => {
    api = await ApiHarness.start();
    const step = planningSteps(api);
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.blaby = await step.registerPartnership('Blaby Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.hinckley = await step.registerPartnership('Hinckley & Bosworth Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    await tick();
    moments.before = new Date().toISOString();
    await tick();
    expect((await mutate('recordMemberJoined', { partnershipId: ids.board, agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' })).errors).toBeUndefined();
    expect((await mutate('renamePartnership', { partnershipId: ids.board, name: 'Leicestershire and Rutland Safer Communities Board', on: '2023-04-01' })).errors).toBeUndefined();
    await tick();
    moments.joined = new Date().toISOString();
    await tick();
    expect((await mutate('recordMemberLeft', { partnershipId: ids.board, agency: 'rutland county council', on: '2023-06-30' })).errors).toBeUndefined();
    const merged = await mutate('mergePartnerships', { absorbedPartnershipId: ids.blaby, intoPartnershipId: ids.hinckley, on: '2023-04-01' });
    expect(merged.data.mergePartnerships).toEqual({ id: ids.hinckley, name: 'Hinckley & Bosworth Community Safety Partnership', version: 1 });
    await mutate('renamePartnership', { partnershipId: ids.hinckley, name: 'Blaby and Hinckley & Bosworth Community Safety Partnership', on: '2023-04-01' });
  });

  afterAll(() => api.stop());

  it('answers the board as it is now', async () => {
    expect((await api.ok(PARTNERSHIP, { id: ids.board })).partnership).toEqual({
      name: 'Leicestershire and Rutland Safer Communities Board',
      formerNames: ['Leicestershire Safer Communities Strategy Board'],
      version: 4,
      mergedOn: null,
      mergedInto: null,
      members: [],
    });
  });

  it('answers the board as recorded at each earlier moment', async () => {
    expect((await api.ok(PARTNERSHIP, { id: ids.board, asOf: moments.before })).partnership).toMatchObject({
      name: 'Leicestershire Safer Communities Strategy Board',
      formerNames: [],
      members: [],
    });
    expect((await api.ok(PARTNERSHIP, { id: ids.board, asOf: moments.joined })).partnership).toMatchObject({
      name: 'Leicestershire and Rutland Safer Communities Board',
      members: [{ agency: 'Rutland County Council', responsibleAuthority: true, voting: true, joinedOn: '2023-04-01' }],
    });
  });

  it('shows the merge on the partnership that ceased', async () => {
    expect((await api.ok(PARTNERSHIP, { id: ids.blaby })).partnership).toMatchObject({
      mergedOn: '2023-04-01',
      mergedInto: { id: ids.hinckley, name: 'Blaby and Hinckley & Bosworth Community Safety Partnership' },
    });
    const again = await mutate('renamePartnership', { partnershipId: ids.blaby, name: 'Blaby CSP', on: '2023-05-01' });
    expect(again.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['CONFLICT', `Partnership ${ids.blaby} was merged into ${ids.hinckley}; change that partnership instead`],
    ]);
  });

  it('lists every structure change in history with who recorded it', async () => {
    const { history } = await api.ok(`{ history(id: "${ids.board}") { type actor actorName data } }`);
    expect(history.map((event: any) => [event.type, event.actor, event.actorName])).toEqual([
      ['PartnershipRegistered', 'e2e-admin', 'E2E admin'],
      ['MemberJoined', 'e2e-admin', 'E2E admin'],
      ['PartnershipRenamed', 'e2e-admin', 'E2E admin'],
      ['MemberLeft', 'e2e-admin', 'E2E admin'],
    ]);
    expect(JSON.parse(history[1].data)).toEqual({ partnershipId: ids.board, agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' });
  });

  it.each([
    ['a date in the future', { on: '2999-01-01' }, 'BAD_USER_INPUT', 'on'],
    ['an impossible date', { on: '2023-02-30' }, 'BAD_USER_INPUT', 'on'],
    ['a blank agency', { agency: '   ' }, 'BAD_USER_INPUT', 'agency'],
    ['an unknown partnership', { partnershipId: 'no-such-partnership' }, 'NOT_FOUND', undefined],
  ])('refuses %s naming the field, writing nothing', async (_case, change, code, field) => {
    const before = (await api.ok(PARTNERSHIP, { id: ids.board })).partnership.version;
    const answer = await mutate('recordMemberJoined', { partnershipId: ids.board, agency: 'Melton Borough Council', responsibleAuthority: true, voting: false, on: '2023-04-01', ...change });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([[code, field]]);
    expect((await api.ok(PARTNERSHIP, { id: ids.board })).partnership.version).toBe(before);
  });

  it('refuses a merge into a partnership that no longer exists on its own', async () => {
    const answer = await mutate('mergePartnerships', { absorbedPartnershipId: ids.board, intoPartnershipId: ids.blaby, on: '2023-04-01' });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['CONFLICT', 'intoPartnershipId']]);
  });

  it('lets only an admin change structure', async () => {
    const sog = { authorization: `Bearer ${api.token({ sub: 'sog', name: 'SOG', roles: ['sog'] })}` };
    const coordinator = { authorization: `Bearer ${api.token({ sub: 'c', name: 'C', roles: ['coordinator'], partnerships: [ids.board] })}` };
    for (const headers of [sog, coordinator]) {
      const answer = await api.gql(`mutation($i: RenamePartnershipInput!) { renamePartnership(input: $i) { id } }`, { i: { partnershipId: ids.board, name: 'X', on: '2023-04-01' } }, headers);
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the demo: Rutland joins the county board (LSCSB report, 29 September 2023)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });
  afterAll(() => api.stop());

  const board = async (asOf?: string) => {
    const { partnerships } = await api.ok(`query($asOf: DateTime) { partnerships(asOf: $asOf) { id kind name formerNames members { agency voting joinedOn } } }`, { asOf });
    return partnerships.find((p: { kind: string }) => p.kind === 'COUNTY_STRATEGY_BOARD');
  };

  it('names the board and its members as they were before and after the meeting', async () => {
    expect(await board('2023-09-30T12:00:00Z')).toMatchObject({ name: 'Leicestershire Safer Communities Strategy Board', formerNames: [], members: [] });
    expect(await board()).toMatchObject({
      name: 'Leicestershire and Rutland Safer Communities Strategy Board',
      formerNames: ['Leicestershire Safer Communities Strategy Board'],
      members: [{ agency: 'Rutland County Council', voting: true, joinedOn: '2023-09-29' }],
    });
    const { history } = await api.ok(`query($id: ID!) { history(id: $id) { type actor recordedAt } }`, { id: (await board()).id });
    expect(history.slice(-2)).toEqual([
      { type: 'MemberJoined', actor: 'SaferPlan administrator', recordedAt: '2023-10-02T10:00:00.000Z' },
      { type: 'PartnershipRenamed', actor: 'SaferPlan administrator', recordedAt: '2023-10-02T10:05:00.000Z' },
    ]);
  });
});
