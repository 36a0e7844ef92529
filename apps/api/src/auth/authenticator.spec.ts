import { sign } from 'jsonwebtoken';
import { UnauthenticatedError } from '@saferplan/domain';
import { Authenticator } from './authenticator';
import { VerifiedTokenCache } from './verified-token-cache';

const SECRET = 'a-secret-long-enough-for-hs256-tokens!';
const ISSUER = 'saferplan-local';
const NOW = 1_800_000_000; // seconds
const config = {
  authJwtSecret: SECRET,
  authOidcIssuer: undefined,
  authJwksUrl: undefined,
  authOidcAudience: undefined,
  authTokenIssuer: ISSUER,
  authTokenLifetimeSeconds: 3600,
};

const token = (claims: object, secret = SECRET) =>
  sign({ sub: 'u1', name: 'Ann', roles: ['sog'], partnerships: [], iat: NOW, exp: NOW + 600, ...claims }, secret, { algorithm: 'HS256', issuer: ISSUER });

function authenticator(at: { ms: number }) {
  const cache = new VerifiedTokenCache(100, () => at.ms);
  return { cache, auth: new Authenticator(config as never, () => at.ms, cache) };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof UnauthenticatedError ? error.message : `unexpected ${String(error)}`),
  );

describe('Authenticator', () => {
  it('verifies a token once and serves its caller from the cache after', async () => {
    const at = { ms: NOW * 1000 };
    const { auth, cache } = authenticator(at);
    const first = await auth.authenticate(`Bearer ${token({})}`);
    expect(first).toMatchObject({ sub: 'u1', name: 'Ann', roles: ['sog'] });
    expect(cache.size).toBe(1);
    expect(await auth.authenticate(`Bearer ${token({})}`)).toBe(first);
  });

  it('refuses a cached token once it has expired, as if it had never been seen', async () => {
    const at = { ms: NOW * 1000 };
    const { auth } = authenticator(at);
    const bearer = `Bearer ${token({})}`;
    await auth.authenticate(bearer);
    at.ms = (NOW + 600) * 1000;
    expect(await refusal(auth.authenticate(bearer))).toBe('The token has expired; sign in again');
  });

  it('never caches a refused token: a bad signature is refused every time', async () => {
    const at = { ms: NOW * 1000 };
    const { auth, cache } = authenticator(at);
    const forged = `Bearer ${token({}, 'another-secret-of-sufficient-length!!')}`;
    expect(await refusal(auth.authenticate(forged))).toBe('The token is not valid (invalid signature)');
    expect(await refusal(auth.authenticate(forged))).toBe('The token is not valid (invalid signature)');
    expect(cache.size).toBe(0);
  });

  it('refuses what is not a JWT, naming its shape', async () => {
    const { auth } = authenticator({ ms: NOW * 1000 });
    const notJwt = 'This is not a sign-in token (a JWT has three parts separated by dots)';
    expect(await refusal(auth.authenticate('Bearer abc'))).toBe(notJwt);
    expect(await refusal(auth.authenticate('Bearer !!!.e30.x'))).toBe(notJwt);
  });

  it('refuses a local token that lives longer than local tokens may, and does not cache it', async () => {
    const { auth, cache } = authenticator({ ms: NOW * 1000 });
    expect(await refusal(auth.authenticate(`Bearer ${token({ exp: NOW + 7200 })}`))).toBe(
      'The token is not valid (it lives longer than the 3600 s local tokens may); sign in again',
    );
    expect(cache.size).toBe(0);
  });
});
