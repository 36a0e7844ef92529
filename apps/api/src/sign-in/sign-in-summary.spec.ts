import { loadConfig } from '@saferplan/config/app-config';
import { signInSummary } from './sign-in-summary';

describe('the start-up line about sign-in', () => {
  it('says how to configure sign-in in production without an identity provider, naming the AUTH_OIDC_* variables', () => {
    const summary = signInSummary({ ...loadConfig({}), nodeEnv: 'production' });
    expect(summary).toMatch(/^Browser sign-in is not configured, so only bearer tokens are accepted/);
    for (const name of ['AUTH_OIDC_ISSUER', 'AUTH_OIDC_CLIENT_ID', 'AUTH_OIDC_CLIENT_SECRET', 'PUBLIC_URL', 'PUBLIC_URL/auth/callback']) expect(summary).toContain(name);
  });

  it('names the issuer and the redirect URI once one is configured', () => {
    const config = loadConfig({ AUTH_OIDC_ISSUER: 'https://login.example/t/v2.0', AUTH_OIDC_CLIENT_ID: 'saferplan', PUBLIC_URL: 'https://saferplan.example' });
    expect(signInSummary(config)).toBe('Browser sign-in through https://login.example/t/v2.0 (redirect URI https://saferplan.example/auth/callback)');
  });

  it('offers the demo people in development', () => {
    expect(signInSummary(loadConfig({}))).toMatch(/^Browser sign-in: one click as one of the demo's people/);
  });
});
