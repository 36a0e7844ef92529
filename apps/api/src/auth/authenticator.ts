import { createSecretKey, type KeyObject } from 'node:crypto';
import { verify, type JwtHeader, type VerifyOptions } from 'jsonwebtoken';
import { UnauthenticatedError } from '@saferplan/domain';
import type { AppConfig } from '@saferplan/config/app-config';
import { JwksKeys } from './jwks-keys';
import { type Principal, principalFromClaims } from './principal';
import { VerifiedTokenCache } from './verified-token-cache';

const SIGN_IN = 'Sign in: send the header Authorization: Bearer <token>';

/**
 * Verifies bearer tokens: HS256 with AUTH_JWT_SECRET (local tokens), and, when an OIDC issuer is
 * configured, tokens signed with the issuer's published keys (RS256/ES256 via its JWKS).
 */
export class Authenticator {
  private readonly jwks: JwksKeys | null;
  /**
   * The HS256 secret as a key object made once: given the string, jsonwebtoken makes a new key
   * object on every verify, which cost more than the rest of a small query.
   */
  private readonly localKey: KeyObject | null;

  constructor(
    private readonly config: Pick<
      AppConfig,
      'authJwtSecret' | 'authOidcIssuer' | 'authJwksUrl' | 'authOidcAudience' | 'authTokenIssuer' | 'authTokenLifetimeSeconds'
    >,
    /** Epoch milliseconds; the same clock decides expiry on verifying and in the cache. */
    private readonly now: () => number = Date.now,
    private readonly verified = new VerifiedTokenCache(10_000, now),
  ) {
    this.jwks = config.authJwksUrl ? new JwksKeys(config.authJwksUrl) : null;
    this.localKey = config.authJwtSecret ? createSecretKey(Buffer.from(config.authJwtSecret, 'utf8')) : null;
  }

  /** The caller of a request with this Authorization header; UnauthenticatedError otherwise. */
  async authenticate(authorization: string | string[] | undefined): Promise<Principal> {
    const header = Array.isArray(authorization) ? authorization[0] : authorization;
    if (!header || header.trim() === '') throw new UnauthenticatedError(SIGN_IN);
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError(`The Authorization header must be "Bearer <token>". ${SIGN_IN}`);
    const token = match[1];
    const known = this.verified.get(token);
    if (known) return known;
    const payload = await this.verify(token);
    const principal = principalFromClaims(payload);
    if (!principal) throw new UnauthenticatedError('The token has no subject (sub claim)');
    this.verified.remember(token, principal, (payload as { exp?: unknown }).exp);
    return principal;
  }

  private async verify(token: string): Promise<unknown> {
    const header = headerOf(token);
    try {
      const { key, options } = await this.keyFor(header);
      // verify decodes the token itself; only the small header was read before it, to pick the key.
      const payload = verify(token, key, { ...options, clockTimestamp: Math.floor(this.now() / 1000) });
      if (header.alg === 'HS256') this.assertLocalLifetime(payload as { exp?: unknown; iat?: unknown });
      return payload;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      const reason = (error as Error).name === 'TokenExpiredError' ? 'The token has expired; sign in again' : `The token is not valid (${(error as Error).message})`;
      throw new UnauthenticatedError(reason);
    }
  }

  /**
   * A local token must say when it expires, no later than the configured lifetime allows: one
   * without `exp`, or with a far one, would work for ever if it leaked.
   */
  private assertLocalLifetime(payload: { exp?: unknown; iat?: unknown }): void {
    const lifetime = this.config.authTokenLifetimeSeconds;
    if (typeof payload.exp !== 'number') throw new UnauthenticatedError('The token is not valid (it has no expiry: exp claim); sign in again');
    const now = Math.floor(this.now() / 1000);
    const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
    if (payload.exp - issuedAt > lifetime) {
      throw new UnauthenticatedError(`The token is not valid (it lives longer than the ${lifetime} s local tokens may); sign in again`);
    }
  }

  private async keyFor(header: JwtHeader): Promise<{ key: string | KeyObject; options: VerifyOptions }> {
    if (header.alg === 'HS256') {
      if (!this.localKey) throw new UnauthenticatedError('Locally signed tokens are not accepted here; use your organisation sign-in');
      return { key: this.localKey, options: { algorithms: ['HS256'], issuer: this.config.authTokenIssuer } };
    }
    if (!this.jwks || !this.config.authOidcIssuer) throw new UnauthenticatedError(`Tokens signed with ${header.alg} are not accepted here`);
    return {
      key: await this.jwks.key(header.kid),
      options: {
        algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
        issuer: this.config.authOidcIssuer,
        ...(this.config.authOidcAudience ? { audience: this.config.authOidcAudience } : {}),
      },
    };
  }
}

const NOT_A_TOKEN = 'This is not a sign-in token (a JWT has three parts separated by dots)';

/** The JOSE header of a compact JWT, read alone: the key to verify with depends on it. */
function headerOf(token: string): JwtHeader {
  const dot = token.indexOf('.');
  if (dot <= 0 || token.indexOf('.', dot + 1) < 0) throw new UnauthenticatedError(NOT_A_TOKEN);
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8'));
    if (header && typeof header === 'object' && typeof (header as JwtHeader).alg === 'string') return header as JwtHeader;
  } catch {
    // not JSON: refused below like any other malformed token
  }
  throw new UnauthenticatedError(NOT_A_TOKEN);
}
