import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded store on port 3000 with ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.eventStore).toBe('sqlite');
    expect(config.dataDir).toBe(require('node:path').resolve('./data'));
    expect(config.loadDemo).toBe(true);
    expect(config.readModelWaitMs).toBe(10_000);
  });

  it('reads READ_MODEL_WAIT_MS, how long a write waits for the read model before answering from its own events', () => {
    expect(loadConfig({ READ_MODEL_WAIT_MS: '2500' }).readModelWaitMs).toBe(2500);
  });

  it('requires AUDIT_SIGNING_KEY_FILE in production, so the key that signs tree heads is never beside the database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'p'.repeat(32) })).toThrow(/^AUDIT_SIGNING_KEY_FILE: is required in production/);
    expect(loadConfig({ NODE_ENV: 'development' }).auditSigningKeyFile).toBeNull();
    expect(loadConfig({ AUDIT_SIGNING_KEY_FILE: '/etc/saferplan/audit.pem' }).auditSigningKeyFile).toBe('/etc/saferplan/audit.pem');
  });

  it('does not load the demo in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'p'.repeat(32), AUDIT_SIGNING_KEY_FILE: '/etc/saferplan/audit.pem' }).loadDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ EVENT_STORE: 'mongo' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'postgres' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_CONNECTION_STRING'],
    [{ KURRENTDB_CONNECTION_STRING: 'http://x' }, 'KURRENTDB_CONNECTION_STRING'],
    [{ DATABASE_SCHEMA: 'saferplan; DROP SCHEMA public' }, 'DATABASE_SCHEMA'],
    [{ DATABASE_SCHEMA: '2018_plans' }, 'DATABASE_SCHEMA'],
    [{ DATABASE_SCHEMA: 'x'.repeat(64) }, 'DATABASE_SCHEMA'],
    [{ NODE_ENV: 'production' }, 'AUTH_JWT_SECRET'],
    [{ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short-secret' }, 'AUTH_JWT_SECRET'],
    [{ AUTH_OIDC_ISSUER: 'https://login.example/tenant/v2.0' }, 'AUTH_JWKS_URL'],
    [{ AUTH_JWKS_URL: 'https://login.example/keys' }, 'AUTH_OIDC_ISSUER'],
    [{ AUTH_OIDC_ISSUER: 'not a url', AUTH_JWKS_URL: 'https://login.example/keys' }, 'AUTH_OIDC_ISSUER'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ READ_MODEL_WAIT_MS: 'soon' }, 'READ_MODEL_WAIT_MS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '127.0.0.1, nginx' }, 'TRUST_PROXY'],
    [{ AUTH_TOKEN_LIFETIME: 'forever' }, 'AUTH_TOKEN_LIFETIME'],
    [{ AUTH_TOKEN_LIFETIME: '0' }, 'AUTH_TOKEN_LIFETIME'],
    [{ AUTH_OIDC_CLIENT_ID: 'saferplan', PUBLIC_URL: 'https://saferplan.example' }, 'AUTH_OIDC_ISSUER'],
    [{ AUTH_OIDC_ISSUER: 'https://login.example/t/v2.0', AUTH_OIDC_CLIENT_ID: 'saferplan' }, 'PUBLIC_URL'],
    [{ AUTH_OIDC_CLIENT_SECRET: 's3cret' }, 'AUTH_OIDC_CLIENT_ID'],
    [{ PUBLIC_URL: 'saferplan.example' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://saferplan.example/?next=x' }, 'PUBLIC_URL'],
    [{ AUTH_SESSION_IDLE: 'soon' }, 'AUTH_SESSION_IDLE'],
    [{ AUTH_SESSION_LIFETIME: '0' }, 'AUTH_SESSION_LIFETIME'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });

  it('signs browsers in through an issuer found by discovery, with sessions of 30 min idle and 12 h at most', () => {
    const config = loadConfig({ AUTH_OIDC_ISSUER: 'https://login.example/t/v2.0', AUTH_OIDC_CLIENT_ID: 'saferplan', PUBLIC_URL: 'https://saferplan.example/' });
    expect([config.authOidcClientId, config.authOidcClientSecret, config.authJwksUrl, config.publicUrl]).toEqual(['saferplan', null, null, 'https://saferplan.example']);
    expect([config.authSessionIdleSeconds, config.authSessionLifetimeSeconds]).toEqual([1800, 43_200]);
    expect(loadConfig({ AUTH_SESSION_IDLE: '10m', AUTH_SESSION_LIFETIME: '8h' })).toMatchObject({ authSessionIdleSeconds: 600, authSessionLifetimeSeconds: 28_800 });
  });

  it('accepts production with OIDC and no shared secret', () => {
    const config = loadConfig({ NODE_ENV: 'production', AUTH_OIDC_ISSUER: 'https://login.example/t/v2.0', AUTH_JWKS_URL: 'https://login.example/t/keys', AUDIT_SIGNING_KEY_FILE: '/etc/saferplan/audit.pem' });
    expect([config.authJwtSecret, config.authOidcIssuer, config.authJwksUrl]).toEqual([null, 'https://login.example/t/v2.0', 'https://login.example/t/keys']);
  });

  it('keeps PostgreSQL tables in the saferplan schema unless DATABASE_SCHEMA names another', () => {
    expect(loadConfig({}).databaseSchema).toBe('saferplan');
    expect(loadConfig({ DATABASE_SCHEMA: ' leics_2018 ' }).databaseSchema).toBe('leics_2018');
    expect(() => loadConfig({ DATABASE_SCHEMA: 'a-b' })).toThrow('DATABASE_SCHEMA: must be a plain SQL identifier: a letter or _, then letters, digits or _, at most 63 characters (got "a-b")');
  });

  it('accepts postgres with a URL', () => {
    const config = loadConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' });
    expect(config.eventStore).toBe('postgres');
    expect(config.databaseUrl).toBe('postgres://root@127.0.0.1:5432/test');
  });

  it('trusts no proxy headers unless TRUST_PROXY names the proxies', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: ' 127.0.0.1 , 10.0.0.0/8,::1,fd00::/8, loopback ' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: '*' })).toThrow(
      'TRUST_PROXY: must list the proxies in front of SaferPlan, comma-separated: IP addresses, CIDR ranges (e.g. 10.0.0.0/8) or loopback, linklocal, uniquelocal (got "*")',
    );
  });

  it('gives local tokens a lifetime of at most 12 hours and the issuer saferplan-local unless told otherwise', () => {
    expect([loadConfig({}).authTokenLifetimeSeconds, loadConfig({}).authTokenIssuer]).toEqual([12 * 3600, 'saferplan-local']);
    expect(loadConfig({ AUTH_TOKEN_LIFETIME: '30m', AUTH_TOKEN_ISSUER: ' saferplan-leics ' })).toMatchObject({ authTokenLifetimeSeconds: 1800, authTokenIssuer: 'saferplan-leics' });
    expect(loadConfig({ AUTH_TOKEN_LIFETIME: '7d' }).authTokenLifetimeSeconds).toBe(7 * 86_400);
    expect(loadConfig({ AUTH_TOKEN_LIFETIME: '900' }).authTokenLifetimeSeconds).toBe(900);
    expect(() => loadConfig({ AUTH_TOKEN_LIFETIME: '12 hours' })).toThrow('AUTH_TOKEN_LIFETIME: must be a duration such as 3600, 30m, 12h or 7d (got "12 hours")');
  });
});
