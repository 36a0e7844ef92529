// A real OpenID Provider for the sign-in end-to-end tests: the certified `oidc-provider` package,
// run as its own process because it is an ES module Jest cannot load. Settings come as JSON in
// OIDC_TEST_SETTINGS ({ clients, accountsFile }); accounts are read from that JSON file at each
// sign-in, so a test can give them ids it learns later (a partnership's). It listens on a free loopback port and prints
// {"issuer": ...} on its first line of output once it answers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { clients, accountsFile } = JSON.parse(process.env.OIDC_TEST_SETTINGS ?? '{}');
const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients,
  // The ID token carries the claims, as Entra ID's does (roles included), not only the userinfo endpoint.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], profile: ['name', 'roles', 'partnerships'], email: ['email', 'email_verified'] },
  cookies: { keys: ['saferplan-test-provider-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const account = JSON.parse(readFileSync(accountsFile, 'utf8'))[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  // SaferPlan is a first-party application: no consent screen, only the login form.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
});
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
