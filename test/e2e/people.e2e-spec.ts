import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

const PERSON_FIELDS = `id name email organisation roles { role partnershipId grantedBy }`;
const INVITE = `mutation($i: InvitePersonInput!) { invitePerson(input: $i) { ${PERSON_FIELDS} } }`;
const GRANT = `mutation($i: GrantRoleInput!) { grantRole(input: $i) { ${PERSON_FIELDS} } }`;
const REVOKE = `mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { ${PERSON_FIELDS} } }`;
const ASSIGN = `mutation($i: AssignActionOwnerInput!) { assignActionOwner(input: $i) { id leadOfficer owner { id name } } }`;
const RECORD = `mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter recordedBy } }`;
const ME = `{ me { id sub name email organisation roles { role partnershipId grantedBy } partnerships contributes person { id name } administrators { name email } } }`;

const problems = (answer: { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> }) =>
  answer.errors?.map((error) => [error.extensions?.code, error.extensions?.field ?? null, error.message]);

/** People and roles as events, owners of actions, contributors and "my actions", over GraphQL. */
describe.each(storesUnderTest())('people, roles and owners (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const moments: Record<string, string> = {};
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5)); // distinct recordedAt moments
  /** A bearer token as the identity provider would send for someone with no SaferPlan role in it. */
  const as = (sub: string, email: string) => ({ authorization: `Bearer ${api.token({ sub, name: sub, roles: [], email, email_verified: true } as never)}` });

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.leicester = await step.registerPartnership('Safer Leicester Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, '2026/27', 'Safer North West 2026/27');
    ids.priority = await step.addPriority(ids.plan, 'Anti-social behaviour');
    ids.patrols = await step.createAction(ids.plan, ids.priority, 'Joint patrols in Coalville', 'Leicestershire Police', 'Inspector, North West LPA');
    ids.cctv = await step.createAction(ids.plan, ids.priority, 'Town centre CCTV review', 'NWLDC', 'CCTV manager');
  });

  afterAll(() => api.stop());

  it('invites a person with the email normalised, and refuses the same email twice', async () => {
    const { invitePerson } = await api.ok(INVITE, { i: { name: 'Inspector Dan Hughes', email: ' Dan.Hughes@Police.EXAMPLE ', organisation: 'Leicestershire Police' } });
    expect(invitePerson).toMatchObject({ name: 'Inspector Dan Hughes', email: 'dan.hughes@police.example', organisation: 'Leicestershire Police', roles: [] });
    ids.dan = invitePerson.id;
    ids.sam = (await api.ok(INVITE, { i: { name: 'Sam Patel', email: 'sam.patel@nwleics.example', organisation: 'NWLDC' } })).invitePerson.id;
    expect(problems(await api.gql(INVITE, { i: { name: 'Someone', email: 'DAN.HUGHES@police.example', organisation: 'X' } }))).toEqual([
      ['CONFLICT', 'email', 'dan.hughes@police.example is already the email of another person'],
    ]);
    expect(problems(await api.gql(INVITE, { i: { name: 'Someone', email: 'not an email', organisation: 'X' } }))).toEqual([
      ['BAD_USER_INPUT', 'email', 'email not an email is not an email address, e.g. sam.patel@council.example'],
    ]);
  });

  it('grants and revokes roles, answering bad input in words naming the field', async () => {
    await tick();
    moments.beforeGrant = new Date().toISOString();
    await tick();
    const { grantRole } = await api.ok(GRANT, { i: { personId: ids.dan, role: 'contributor', partnershipId: ids.nwl } });
    expect(grantRole.roles).toEqual([{ role: 'contributor', partnershipId: ids.nwl, grantedBy: 'e2e-admin' }]);
    await api.ok(GRANT, { i: { personId: ids.sam, role: 'coordinator', partnershipId: ids.nwl } });
    expect(problems(await api.gql(GRANT, { i: { personId: ids.dan, role: 'contributor', partnershipId: ids.nwl } }))).toEqual([
      ['CONFLICT', 'role', `Inspector Dan Hughes is already contributor of partnership ${ids.nwl}`],
    ]);
    expect(problems(await api.gql(GRANT, { i: { personId: 'nobody', role: 'sog' } }))).toEqual([['BAD_USER_INPUT', 'personId', 'No person has id nobody']]);
    expect(problems(await api.gql(GRANT, { i: { personId: ids.dan, role: 'mayor' } }))).toEqual([
      ['BAD_USER_INPUT', 'role', 'role must be one of admin, coordinator, contributor, sog, auditor'],
    ]);
    expect(problems(await api.gql(GRANT, { i: { personId: ids.dan, role: 'coordinator', partnershipId: 'nowhere' } }))).toEqual([
      ['BAD_USER_INPUT', 'partnershipId', 'No partnership has id nowhere'],
    ]);
    expect(problems(await api.gql(GRANT, { i: { personId: ids.dan, role: 'coordinator' } }))?.[0].slice(0, 2)).toEqual(['BAD_USER_INPUT', 'partnershipId']);
    await api.ok(GRANT, { i: { personId: ids.dan, role: 'sog' } });
    expect((await api.ok(REVOKE, { i: { personId: ids.dan, role: 'sog' } })).revokeRole.roles.map((held: any) => held.role)).toEqual(['contributor']);
    expect(problems(await api.gql(REVOKE, { i: { personId: ids.dan, role: 'sog' } }))).toEqual([
      ['CONFLICT', 'role', 'Inspector Dan Hughes is not sog, so there is nothing to revoke'],
    ]);
  });

  it('lists people now and as of a moment, with who granted what in history', async () => {
    const { people } = await api.ok(`{ people { name roles { role } } }`);
    expect(people).toEqual([
      { name: 'Inspector Dan Hughes', roles: [{ role: 'contributor' }] },
      { name: 'Sam Patel', roles: [{ role: 'coordinator' }] },
    ]);
    const before = await api.ok(`query($a: DateTime) { people(asOf: $a) { name roles { role } } }`, { a: moments.beforeGrant });
    expect(before.people).toEqual([{ name: 'Inspector Dan Hughes', roles: [] }, { name: 'Sam Patel', roles: [] }]);
    expect((await api.ok(`query($id: ID!) { person(id: $id) { name } }`, { id: ids.dan })).person).toEqual({ name: 'Inspector Dan Hughes' });
    const { history } = await api.ok(`query($id: ID!) { history(id: $id) { type actor recordedAt } }`, { id: ids.dan });
    expect(history.map((event: any) => [event.type, event.actor])).toEqual([
      ['PersonInvited', 'e2e-admin'],
      ['RoleGranted', 'e2e-admin'],
      ['RoleGranted', 'e2e-admin'],
      ['RoleRevoked', 'e2e-admin'],
    ]);
  });

  it('assigns an owner: admin or the coordinator of the action\'s partnership, an unknown person named', async () => {
    expect((await api.ok(ASSIGN, { i: { actionId: ids.patrols, personId: ids.dan } })).assignActionOwner).toEqual({
      id: ids.patrols,
      leadOfficer: 'Inspector, North West LPA',
      owner: { id: ids.dan, name: 'Inspector Dan Hughes' },
    });
    expect(problems(await api.gql(ASSIGN, { i: { actionId: ids.cctv, personId: 'nobody' } }))).toEqual([['BAD_USER_INPUT', 'personId', 'No person has id nobody']]);
    const dan = as('idp|dan', 'dan.hughes@police.example');
    expect(problems(await api.gql(ASSIGN, { i: { actionId: ids.cctv, personId: ids.dan } }, dan))?.[0][0]).toBe('FORBIDDEN');
    const sam = as('idp|sam', 'Sam.Patel@nwleics.example');
    expect((await api.ok(ASSIGN, { i: { actionId: ids.cctv, personId: ids.sam } }, sam)).assignActionOwner.owner).toEqual({ id: ids.sam, name: 'Sam Patel' });
  });

  it('matches a signed-in identity to the person by verified email and adds the roles granted here', async () => {
    const { me } = await api.ok(ME, undefined, as('idp|dan', 'dan.hughes@police.example'));
    expect(me).toMatchObject({
      id: ids.dan,
      sub: 'idp|dan',
      organisation: 'Leicestershire Police',
      roles: [{ role: 'contributor', partnershipId: ids.nwl, grantedBy: 'e2e-admin' }],
      contributes: [ids.nwl],
      person: { id: ids.dan, name: 'Inspector Dan Hughes' },
    });
    // A token's own roles keep working beside the granted ones.
    const withTokenRole = { authorization: `Bearer ${api.token({ sub: 'idp|dan', name: 'Dan', roles: ['auditor'], email: 'dan.hughes@police.example' } as never)}` };
    expect((await api.ok(ME, undefined, withTokenRole)).me.roles).toEqual([
      { role: 'auditor', partnershipId: null, grantedBy: null },
      { role: 'contributor', partnershipId: ids.nwl, grantedBy: 'e2e-admin' },
    ]);
  });

  it('lets a contributor record on the action they own, and refuses another\'s in words', async () => {
    const dan = as('idp|dan', 'dan.hughes@police.example');
    const update = (actionId: string) => ({ i: { actionId, quarter: '2026/27 Q3', rag: 'GREEN', percentComplete: 40, narrative: 'Patrols running weekly' } });
    expect((await api.ok(RECORD, update(ids.patrols), dan)).recordQuarterlyUpdate).toEqual({ quarter: '2026/27 Q3', recordedBy: 'idp|dan' });
    expect(problems(await api.gql(RECORD, update(ids.cctv), dan))).toEqual([
      ['FORBIDDEN', null, 'recordQuarterlyUpdate: a contributor may record progress only on actions they own, and this action is not yours'],
    ]);
    const plan = await api.gql(`query($id: ID!) { actionPlan(id: $id) { title } }`, { id: ids.plan }, dan);
    expect(plan.data).toEqual({ actionPlan: { title: 'Safer North West 2026/27' } });
  });

  it('lists my actions with what is due and by when', async () => {
    const query = `query($a: DateTime) { myActions(asOf: $a) { owned coordinated quarter late action { id title } updateDue { quarter dueBy } lateUpdates { quarter dueBy } } }`;
    const { myActions } = await api.ok(query, { a: null }, as('idp|dan', 'dan.hughes@police.example'));
    expect(myActions.map((mine: any) => [mine.action.id, mine.owned, mine.coordinated])).toEqual([[ids.patrols, true, false]]);
    const coordinator = await api.ok(query, { a: null }, as('idp|sam', 'sam.patel@nwleics.example'));
    expect(coordinator.myActions.map((mine: any) => mine.action.id).sort()).toEqual([ids.patrols, ids.cctv].sort());
  });

  it('tells a signed-in person with no role whom to ask', async () => {
    await api.ok(INVITE, { i: { name: 'Alex Morgan', email: 'alex.morgan@leics.example', organisation: 'Leicestershire County Council' } }).then(({ invitePerson }) =>
      api.ok(GRANT, { i: { personId: invitePerson.id, role: 'admin' } }),
    );
    const stranger = as('idp|new', 'new.officer@fire.example');
    const { me } = await api.ok(ME, undefined, stranger);
    expect(me).toMatchObject({ id: null, roles: [], person: null, administrators: [{ name: 'Alex Morgan', email: 'alex.morgan@leics.example' }] });
    expect(problems(await api.gql(`{ people { id } }`, undefined, stranger))?.[0][0]).toBe('FORBIDDEN');
  });
});
