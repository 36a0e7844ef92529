import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from 'jsonwebtoken';
import { loadConfig } from '@saferplan/config/app-config';
import { developmentSecret } from '@saferplan/identity/development-secret';
import { mintLocalToken } from './token.command';

describe('saferplan token', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-token-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = (env: Record<string, string> = {}) => loadConfig({ DATA_DIR: dataDir, ...env });

  it('signs a coordinator token with the development secret the API uses from DATA_DIR', () => {
    const token = mintLocalToken(config(), { role: ['coordinator'], partnership: ['p-nwl', 'p-city'], name: 'NW coordinator', expires: '1h' });
    const claims = verify(token, developmentSecret(dataDir)) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'local-coordinator', name: 'NW coordinator', roles: ['coordinator'], partnerships: ['p-nwl', 'p-city'], iss: 'saferplan-local' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(3600);
  });

  it('uses AUTH_JWT_SECRET when set', () => {
    const secret = 's'.repeat(40);
    const token = mintLocalToken(config({ AUTH_JWT_SECRET: secret }), { role: ['sog,auditor'], partnership: [], sub: 'sog-1', expires: '12h' });
    expect(verify(token, secret)).toMatchObject({ sub: 'sog-1', name: 'sog-1', roles: ['sog', 'auditor'], partnerships: [] });
  });

  it.each([
    [{ role: ['mayor'], partnership: [] }, '--role must be one of admin, coordinator, contributor, sog, auditor (got "mayor")'],
    [{ role: [], partnership: [] }, '--role is required (admin, coordinator, contributor, sog, auditor)'],
    [{ role: ['coordinator'], partnership: [] }, '--partnership <id> is required for a coordinator (repeat it for several)'],
  ])('refuses %j', (options, message) => {
    expect(() => mintLocalToken(config(), { expires: '12h', ...options })).toThrow(message);
  });

  it('lives AUTH_TOKEN_LIFETIME by default, never longer, and carries AUTH_TOKEN_ISSUER', () => {
    const env = { AUTH_JWT_SECRET: 's'.repeat(40), AUTH_TOKEN_LIFETIME: '2h', AUTH_TOKEN_ISSUER: 'saferplan-leics' };
    const claims = verify(mintLocalToken(config(env), { role: ['admin'], partnership: [] }), 's'.repeat(40)) as Record<string, number | string>;
    expect([(claims.exp as number) - (claims.iat as number), claims.iss]).toEqual([7200, 'saferplan-leics']);
    expect(() => mintLocalToken(config(env), { role: ['admin'], partnership: [], expires: '3h' })).toThrow('--expires must be at most AUTH_TOKEN_LIFETIME (7200 s; got "3h")');
    expect(() => mintLocalToken(config(env), { role: ['admin'], partnership: [], expires: 'soon' })).toThrow('--expires must be a duration such as 3600, 30m, 12h or 7d (got "soon")');
  });
});
