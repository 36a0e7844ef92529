import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

type Answer = { status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> } };

const codesOf = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

/**
 * Junk and walked-around limits: every malformed request gets a 4xx with a typed GraphQL error,
 * the same on every store, and nothing invalid is written; proxy headers, body size and local
 * tokens cannot be used to get round a limit.
 */
describe.each(storesUnderTest())('junk requests and limits (end to end) on %s', (store) => {
  let api: ApiHarness;
  let planId: string;
  let actionId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ store, rateLimitPerMinute: 1_000_000 });
    const step = planningSteps(api);
    const csp = await step.registerPartnership('Blaby Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    planId = await step.createActionPlan(csp, '2017/18', 'Blaby plan 2017/18');
    const priority = await step.addPriority(planId, 'Anti-social behaviour');
    actionId = await step.createAction(planId, priority, 'Youth diversion scheme');
  });
  afterAll(() => api.stop());

  const post = async (body: string, contentType: string, headers: Record<string, string> = {}, on: ApiHarness = api): Promise<Answer> => {
    const response = await fetch(`${on.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...on.authHeaders(headers) }, body });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) };
  };
  const partnershipCount = async () => (await api.ok('{ partnerships { id } }')).partnerships.length as number;
  const updateCount = async () => (await api.ok('query($id: ID!) { action(id: $id) { updates { quarter } } }', { id: actionId })).action.updates.length as number;

  describe('malformed requests (failure 3)', () => {
    const query = '{ partnerships { id } }';
    it.each([
      ['a query that is a number', '{"query":5}', 'application/json'],
      ['a query that is null', '{"query":null}', 'application/json'],
      ['no query at all', '{}', 'application/json'],
      ['variables that are text', JSON.stringify({ query, variables: 'x' }), 'application/json'],
      ['a JSON body sent as application/graphql', JSON.stringify({ query }), 'application/graphql'],
      ['a form-encoded body', `query=${encodeURIComponent(query)}`, 'application/x-www-form-urlencoded'],
      ['plain text', query, 'text/plain'],
      ['a JSON body that is a string', '"{ partnerships { id } }"', 'application/json'],
      ['a JSON body that is null', 'null', 'application/json'],
    ])('%s: a 4xx with a typed GraphQL error', async (_case, body, contentType) => {
      const answer = await post(body, contentType);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors![0].message).not.toMatch(/went wrong on our side/);
    });

    const register = 'mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id } }';
    it.each([
      ['a NUL in commandId', { name: 'Hinckley CSP', commandId: 'retry-\u0000-1' }, 'commandId', 'commandId must not contain control characters other than tab and newline: character 7 is U+0000'],
      ['half a character in commandId', { name: 'Hinckley CSP', commandId: 'retry-\ud800' }, 'commandId', 'commandId must be valid Unicode text: character 7 is half of a character (U+D800)'],
      ['a name that is only NUL', { name: '\u0000' }, 'name', 'name must not contain control characters other than tab and newline: character 1 is U+0000'],
      ['a name of zero-width characters only', { name: '\u200b\u200c\u200d\ufeff' }, 'name', 'name is required: it has no visible characters'],
    ])('%s: BAD_USER_INPUT naming the field, nothing written', async (_case, input, field, message) => {
      const before = await partnershipCount();
      const answer = await api.gql(register, { i: { kind: 'COMMUNITY_SAFETY_PARTNERSHIP', ...input } });
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors?.map((error) => [error.extensions, error.message])).toEqual([[{ code: 'BAD_USER_INPUT', field }, message]]);
      expect(await partnershipCount()).toBe(before);
    });

    it('refuses a narrative of NUL and half a character alike on every store, writing nothing', async () => {
      const before = await updateCount();
      const answer = await api.gql('mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }', {
        i: { actionId, quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 10, narrative: '\u0000\ud800' },
      });
      expect(answer.errors?.map((error) => [error.extensions, error.message])).toEqual([
        [{ code: 'BAD_USER_INPUT', field: 'narrative' }, 'narrative must not contain control characters other than tab and newline: character 1 is U+0000'],
      ]);
      expect(await updateCount()).toBe(before);
    });

    it('still records text with tabs, newlines, Windows line ends, emoji and accents', async () => {
      const narrative = 'Sessions\trun weekly.\nAttendance up 🙂\r\nCafé opened';
      await api.ok('mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter } }', {
        i: { actionId, quarter: '2017/18 Q2', rag: 'GREEN', percentComplete: 20, narrative },
      });
      const { action } = await api.ok('query($id: ID!) { action(id: $id) { updates { quarter narrative } } }', { id: actionId });
      expect(action.updates).toContainEqual({ quarter: '2017/18 Q2', narrative });
    });

    it.each([
      ['a NUL in sub', { sub: 'coordinator\u0000', name: 'Coordinator' }, "The token is not valid (the token's sub claim must not contain control characters other than tab and newline: character 12 is U+0000)"],
      ['half a character in name', { sub: 'coordinator-7', name: 'Jo \udc00' }, "The token is not valid (the token's name claim must be valid Unicode text: character 4 is half of a character (U+DC00))"],
      ['a sub of zero-width characters', { sub: '\u200b\u200b', name: 'Nobody' }, 'The token has no subject (sub claim)'],
    ])('refuses a token with %s as UNAUTHENTICATED, writing nothing', async (_case, claims, message) => {
      const before = await partnershipCount();
      const token = api.token({ ...claims, roles: ['admin'] });
      const answer = await api.gql(register, { i: { name: 'Melton CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } }, { authorization: `Bearer ${token}` });
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', message]]);
      expect(await partnershipCount()).toBe(before);
    });
  });
});
