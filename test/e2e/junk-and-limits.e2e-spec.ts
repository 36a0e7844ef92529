import { request as httpRequest } from 'node:http';
import { sign } from 'jsonwebtoken';
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
      ['a NUL in commandId', { name: 'Hinckley CSP', commandId: 'retry-\u0000-1' }, 'commandId', 'Request id must not contain control characters other than tab and newline: character 7 is U+0000'],
      ['half a character in commandId', { name: 'Hinckley CSP', commandId: 'retry-\ud800' }, 'commandId', 'Request id must be valid Unicode text: character 7 is half of a character (U+D800)'],
      ['a name that is only NUL', { name: '\u0000' }, 'name', 'Name must not contain control characters other than tab and newline: character 1 is U+0000'],
      ['a name of zero-width characters only', { name: '\u200b\u200c\u200d\ufeff' }, 'name', 'Name is required: it has no visible characters'],
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
        [{ code: 'BAD_USER_INPUT', field: 'narrative' }, 'Narrative must not contain control characters other than tab and newline: character 1 is U+0000'],
      ]);
      expect(await updateCount()).toBe(before);
    });

    it.each([
      ['history', 'query($v: ID!) { history(id: $v) { position } }', 'a\u0000b', 'id', 'Id must not contain control characters other than tab and newline: character 2 is U+0000'],
      ['partnership', 'query($v: ID!) { partnership(id: $v) { id } }', 'x\ud800', 'id', 'Id must be valid Unicode text: character 2 is half of a character (U+D800)'],
      ['progress', 'query($v: ID!) { progress(partnershipId: $v) { progress { actions } } }', '\u0000', 'partnershipId', 'Partnership must not contain control characters other than tab and newline: character 1 is U+0000'],
    ])('refuses a %s argument that is not plain text with BAD_USER_INPUT', async (_query, query, value, field, message) => {
      const answer = await api.gql(query, { v: value });
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors?.map((error) => [error.extensions, error.message])).toEqual([[{ code: 'BAD_USER_INPUT', field }, message]]);
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

  describe('limits that cannot be walked around (failure 4)', () => {
    const anonymous = (forwardedFor: string) => ({ authorization: '', 'x-forwarded-for': forwardedFor });
    const randomAddress = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 256)).join('.');

    it('counts unauthenticated callers by their own address, whatever X-Forwarded-For says', async () => {
      const limited = await ApiHarness.start({ store, rateLimitPerMinute: 3 });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) statuses.push((await post('{"query":"{ partnerships { id } }"}', 'application/json', anonymous(randomAddress()), limited)).status);
        expect(statuses.filter((status) => status === 429)).toHaveLength(2);
      } finally {
        await limited.stop();
      }
    });

    it('believes X-Forwarded-For from a proxy TRUST_PROXY names', async () => {
      const proxied = await ApiHarness.start({ store, rateLimitPerMinute: 3, trustProxy: ['127.0.0.1'] });
      try {
        const answers = [];
        for (let i = 0; i < 5; i++) answers.push(await post('{"query":"{ partnerships { id } }"}', 'application/json', anonymous(`203.0.113.${i}`), proxied));
        expect(answers.map(codesOf)).toEqual(Array(5).fill(['UNAUTHENTICATED']));
        const sameClient = [];
        for (let i = 0; i < 4; i++) sameClient.push((await post('{"query":"{ partnerships { id } }"}', 'application/json', anonymous('198.51.100.7'), proxied)).status);
        expect(sameClient.at(-1)).toBe(429);
      } finally {
        await proxied.stop();
      }
    });

    /** A raw request, so a connection reset shows as a reset instead of fetch's generic failure. */
    const rawPost = (body: Buffer, headers: Record<string, string>) =>
      new Promise<{ status: number; body: string } | { reset: string }>((resolve) => {
        const url = new URL(`${api.baseUrl}/graphql`);
        const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body: text }));
          response.on('error', (error) => resolve({ reset: error.message }));
        });
        request.on('error', (error) => resolve({ reset: (error as NodeJS.ErrnoException).code ?? error.message }));
        request.end(body);
      });

    // A guard for "always 413": the connection resets reported under load were not reproduced on
    // loopback, where this passes with and without the other fixes of this suite.
    it('answers every oversized body with 413, even many at once and without a length', async () => {
      const body = Buffer.from(JSON.stringify({ query: '{ partnerships { id } }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } }));
      const auth = api.authHeaders();
      const sized = Array.from({ length: 12 }, () => rawPost(body, { 'content-type': 'application/json', 'content-length': String(body.length), ...auth }));
      const chunked = Array.from({ length: 4 }, () => rawPost(body, { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...auth }));
      const answers = await Promise.all([...sized, ...chunked]);
      const expected = { status: 413, body: JSON.stringify({ errors: [{ message: 'Request body is too large: at most 1 MB is accepted', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }) };
      expect(answers).toEqual(Array(16).fill(expected));
      expect(codesOf(await post('{"query":"{ partnerships { id } }"}', 'application/json'))).toEqual([]);
    });

    const secret = () => api.config.authJwtSecret!;
    const claims = { sub: 'local-admin', name: 'Local admin', roles: ['admin'], partnerships: [] };
    it.each([
      ['without exp', () => sign(claims, secret(), { algorithm: 'HS256', issuer: api.config.authTokenIssuer }), 'The token is not valid (it has no expiry: exp claim); sign in again'],
      ['living longer than the configured lifetime', () => sign(claims, secret(), { algorithm: 'HS256', issuer: api.config.authTokenIssuer, expiresIn: '13h' }), 'The token is not valid (it lives longer than the 43200 s local tokens may); sign in again'],
      ['from another issuer', () => sign(claims, secret(), { algorithm: 'HS256', issuer: 'someone-else', expiresIn: '1h' }), 'The token is not valid (jwt issuer invalid. expected: saferplan-local)'],
      ['without an issuer', () => sign(claims, secret(), { algorithm: 'HS256', expiresIn: '1h' }), 'The token is not valid (jwt issuer invalid. expected: saferplan-local)'],
    ])('refuses a local token %s', async (_case, token, message) => {
      const answer = await api.gql('{ partnerships { id } }', undefined, { authorization: `Bearer ${token()}` });
      expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', message]]);
    });

    it('accepts a local token with our issuer and an exp within the lifetime', async () => {
      const token = sign(claims, secret(), { algorithm: 'HS256', issuer: 'saferplan-local', expiresIn: '12h' });
      expect((await api.gql('{ partnerships { id } }', undefined, { authorization: `Bearer ${token}` })).errors).toBeUndefined();
    });
  });
});
