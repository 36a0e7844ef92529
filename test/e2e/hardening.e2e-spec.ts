import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { ApiHarness } from '../support/api-harness';

/** Abuse resistance: each limit answers with a typed error before any work is done. */
describe('GraphQL hardening (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api.stop());

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...api.authHeaders(headers) }, body });
    return { status: response.status, body: (await response.json()) as any };
  };
  const codesOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => (answer.errors ?? []).map((error) => error.extensions?.code);

  it('refuses a query deeper than 12 levels', async () => {
    // partnerships > plans > priorities > alignedTo > plan > priorities ... : 13 levels of fields
    const deep = '{ partnerships { plans { priorities { plan { priorities { plan { priorities { plan { priorities { plan { priorities { plan { id } } } } } } } } } } } } }';
    const answer = await api.gql(deep);
    expect(answer.status).toBe(400);
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toContainEqual([
      'BAD_USER_INPUT',
      'Query is too deep: 13 levels of fields, at most 12 are allowed',
    ]);
    expect(codesOf(await api.gql('{ partnerships { plans { priorities { plan { priorities { plan { id } } } } } } }'))).toEqual([]);
  });

  it('counts depth through fragments', async () => {
    const answer = await api.gql(
      'fragment P on Priority { plan { priorities { plan { priorities { plan { priorities { plan { priorities { plan { id } } } } } } } } } } { partnerships { plans { priorities { ...P } } } }',
    );
    expect(answer.errors?.map((error) => error.message)).toContain('Query is too deep: 13 levels of fields, at most 12 are allowed');
  });

  it('refuses more than 30 aliases', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: partnerships { id }`).join(' ')} }`;
    expect(codesOf(await api.gql(aliased(30)))).toEqual([]);
    const answer = await api.gql(aliased(31));
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['BAD_USER_INPUT', 'Query has too many aliases: 31, at most 30 are allowed']]);
  });

  it('refuses a query whose estimated cost is over 50000 (each list counted 5 times)', async () => {
    // 6 nested lists, 1 + 5 + 25 + ... fields: partnerships(1) plans(5) priorities(25) actions(125) updates(625) x 3 fields
    const costly = '{ partnerships { plans { priorities { actions { updates { quarter rag narrative } milestones { id title dueQuarter } } } } } }';
    const answer = await api.gql(`{ ${Array.from({ length: 6 }, (_, i) => `c${i}: partnerships { plans { priorities { actions { updates { quarter rag narrative } milestones { id title dueQuarter } } } } }`).join(' ')} }`);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0].message).toMatch(/^Query is too expensive: estimated cost \d+, at most 50000 is allowed \(ask for fewer nested lists\)$/);
    expect(codesOf(await api.gql(costly))).toEqual([]);
  });

  it('refuses a body over 1 MB with 413 and a JSON error', async () => {
    const answer = await post(JSON.stringify({ query: '{ partnerships { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } }));
    expect(answer).toEqual({
      status: 413,
      body: { errors: [{ message: 'Request body is too large: at most 1 MB is accepted', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    });
  });

  it('does not run batched queries', async () => {
    const answer = await post(JSON.stringify([{ query: '{ partnerships { id } }' }, { query: '{ partnerships { name } }' }]));
    expect(answer.status).toBe(400);
    expect(codesOf(answer.body)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.data ?? null).toBeNull();
  });

  it('answers malformed JSON with 400 BAD_USER_INPUT', async () => {
    const answer = await post('{"query": ');
    expect([answer.status, codesOf(answer.body)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('allows introspection and GraphiQL outside production only', async () => {
    expect(codesOf(await api.gql('{ __schema { queryType { name } } }'))).toEqual([]);
    const production = await ApiHarness.start({ nodeEnv: 'production', loadDemo: false });
    try {
      const answer = await production.gql('{ __schema { queryType { name } } }');
      expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('introspection'), extensions: { code: 'BAD_USER_INPUT' } });
      expect(answer.data ?? null).toBeNull();
      const plain = await production.gql('{ partnerships { id } }');
      expect(plain.errors).toBeUndefined();
      expect((await fetch(`${production.baseUrl}/graphiql`)).status).toBe(404);
    } finally {
      await production.stop();
    }
  });

  it('rate-limits per user with a clear RATE_LIMITED error, counting users apart', async () => {
    const limited = await ApiHarness.start({ rateLimitPerMinute: 3 });
    try {
      const alice = { authorization: `Bearer ${limited.token({ sub: 'alice', name: 'Alice', roles: ['sog'] })}` };
      const bob = { authorization: `Bearer ${limited.token({ sub: 'bob', name: 'Bob', roles: ['sog'] })}` };
      for (let i = 0; i < 3; i++) expect(codesOf(await limited.gql('{ partnerships { id } }', undefined, alice))).toEqual([]);
      const response = await fetch(`${limited.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...alice },
        body: JSON.stringify({ query: '{ partnerships { id } }' }),
      });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('60');
      expect(await response.json()).toEqual({
        errors: [{ message: 'Too many requests: try again in 60 s', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }],
      });
      expect(codesOf(await limited.gql('{ partnerships { id } }', undefined, bob))).toEqual([]);
    } finally {
      await limited.stop();
    }
  });

  describe('OIDC issuer (JWKS)', () => {
    let jwks: Server;
    let oidc: ApiHarness;
    let privateKey: KeyObject;
    const issuer = 'https://login.example.test/tenant/v2.0';

    beforeAll(async () => {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      privateKey = pair.privateKey;
      const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: 'key-1', use: 'sig', alg: 'RS256' };
      jwks = createServer((_request, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`;
      oidc = await ApiHarness.start({ authOidcIssuer: issuer, authJwksUrl: url, authOidcAudience: 'api://saferplan' });
    });
    afterAll(async () => {
      await oidc.stop();
      await new Promise((resolve) => jwks.close(resolve));
    });

    const entraToken = (claims: object, options: { issuer?: string; audience?: string; kid?: string } = {}) =>
      sign({ name: 'Entra user', roles: ['auditor'], ...claims }, privateKey, {
        algorithm: 'RS256',
        keyid: options.kid ?? 'key-1',
        issuer: options.issuer ?? issuer,
        audience: options.audience ?? 'api://saferplan',
        expiresIn: '5m',
      });

    it("accepts a token signed with the issuer's published key", async () => {
      const answer = await oidc.gql('{ verifyAuditTrail { ok } }', undefined, { authorization: `Bearer ${entraToken({ sub: 'entra-oid-1' })}` });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.verifyAuditTrail.ok).toBe(true);
    });

    it.each([
      ['another issuer', { issuer: 'https://evil.example/v2.0' }, 'The token is not valid (jwt issuer invalid. expected: https://login.example.test/tenant/v2.0)'],
      ['another audience', { audience: 'api://other' }, 'The token is not valid (jwt audience invalid. expected: api://saferplan)'],
      ['an unknown key', { kid: 'key-2' }, 'The token is not valid (signing key key-2 is not published by the issuer)'],
    ])('refuses a token from %s', async (_case, options, message) => {
      const answer = await oidc.gql('{ partnerships { id } }', undefined, { authorization: `Bearer ${entraToken({ sub: 'entra-oid-1' }, options)}` });
      expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', message]]);
    });
  });
});
