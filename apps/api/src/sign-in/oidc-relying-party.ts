import { createHash, randomBytes } from 'node:crypto';
import { verify } from 'jsonwebtoken';
import { ConfigError } from '@saferplan/config/app-config';
import { JwksKeys } from '../auth/jwks-keys';

/** What SaferPlan reads of the issuer's discovery document. */
export interface IssuerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  token_endpoint_auth_methods_supported?: string[];
}

export interface RelyingPartySettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** PUBLIC_URL + /auth/callback, exactly as registered at the issuer. */
  redirectUri: string;
}

/** One sign-in in flight: kept in the browser (a short-lived httpOnly cookie) until the callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** The callback could not be trusted (state, nonce or code): 400, and nothing is written. */
export class SignInRefused extends Error {}

const random = () => randomBytes(32).toString('base64url');
const ID_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;
/** Seconds of clock difference between the issuer and this server that an ID token may show. */
const CLOCK_TOLERANCE = 60;

/**
 * The authorization code flow with PKCE (S256), state and nonce, by hand: openid-client v6 and
 * jose v6 are ES modules only, which our CommonJS build and Jest cannot load, and the flow is
 * three small steps. ID tokens are checked with jsonwebtoken and the issuer's JWKS, as bearer
 * tokens already are.
 */
export class OidcRelyingParty {
  private readonly keys: JwksKeys;

  private constructor(
    readonly metadata: IssuerMetadata,
    private readonly settings: RelyingPartySettings,
    private readonly clientAuth: 'client_secret_basic' | 'client_secret_post' | 'none',
  ) {
    this.keys = new JwksKeys(metadata.jwks_uri);
  }

  /** Reads the discovery document; a ConfigError naming AUTH_OIDC_ISSUER when it cannot. */
  static async discover(settings: RelyingPartySettings): Promise<OidcRelyingParty> {
    const url = `${settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let metadata: IssuerMetadata;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`it answered ${response.status}`);
      metadata = (await response.json()) as IssuerMetadata;
    } catch (error) {
      const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
      throw new ConfigError('AUTH_OIDC_ISSUER', `the issuer's discovery document ${url} could not be read (${reason}); check the address and that this server can reach it`);
    }
    for (const field of ['issuer', 'authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
      if (typeof metadata[field] !== 'string') throw new ConfigError('AUTH_OIDC_ISSUER', `the discovery document at ${url} has no ${field}`);
    }
    // An issuer must name itself exactly as configured, or its ID tokens would be refused later.
    if (metadata.issuer !== settings.issuer) {
      throw new ConfigError('AUTH_OIDC_ISSUER', `must be exactly the issuer the discovery document names: "${metadata.issuer}" (got "${settings.issuer}")`);
    }
    return new OidcRelyingParty(metadata, settings, clientAuthentication(metadata, settings.clientSecret));
  }

  /** A new sign-in: where to send the browser, and what to remember until the callback. */
  begin(returnTo: string): { url: string; pending: PendingSignIn } {
    const pending: PendingSignIn = { state: random(), nonce: random(), codeVerifier: random(), returnTo };
    const url = new URL(this.metadata.authorization_endpoint);
    const challenge = createHash('sha256').update(pending.codeVerifier).digest('base64url');
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })) {
      url.searchParams.set(name, value);
    }
    return { url: url.toString(), pending };
  }

  /**
   * The callback: checks the state, redeems the code (with the PKCE verifier) and verifies the
   * ID token and its nonce. Returns the ID token's claims and the token itself.
   */
  async complete(pending: PendingSignIn | null, query: Record<string, string | undefined>): Promise<{ claims: Record<string, unknown>; idToken: string }> {
    if (!pending) throw new SignInRefused('This sign-in was not started in this browser, or it took longer than 10 minutes.');
    if (!query.state || query.state !== pending.state) throw new SignInRefused('The answer from the identity provider does not belong to this sign-in (its state does not match).');
    // RFC 9207: an issuer that names itself in the answer must be ours (no mix-up with another).
    if (query.iss !== undefined && query.iss !== this.metadata.issuer) throw new SignInRefused('The answer came from another identity provider than the one this sign-in went to.');
    if (query.error) throw new SignInRefused(`The identity provider did not sign you in (${query.error_description ?? query.error}).`);
    if (!query.code) throw new SignInRefused('The identity provider sent no authorization code.');
    const idToken = await this.redeem(query.code, pending.codeVerifier);
    return { claims: await this.verifyIdToken(idToken, pending.nonce), idToken };
  }

  /** The issuer's logout address for this session, or null when it offers none. */
  logoutUrl(idToken: string | null, postLogoutRedirectUri: string): string | null {
    if (!this.metadata.end_session_endpoint) return null;
    const url = new URL(this.metadata.end_session_endpoint);
    if (idToken) url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('client_id', this.settings.clientId);
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    return url.toString();
  }

  private async redeem(code: string, codeVerifier: string): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: this.settings.redirectUri, code_verifier: codeVerifier });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const { clientId, clientSecret } = this.settings;
    if (this.clientAuth === 'client_secret_basic') {
      // RFC 6749 2.3.1: both parts form-encoded before base64.
      headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret!)}`).toString('base64')}`;
    } else {
      body.set('client_id', clientId);
      if (this.clientAuth === 'client_secret_post') body.set('client_secret', clientSecret!);
    }
    const response = await fetch(this.metadata.token_endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    const answer = (await response.json().catch(() => ({}))) as { id_token?: unknown; error?: string; error_description?: string };
    if (!response.ok || typeof answer.id_token !== 'string') {
      const reason = answer.error_description ?? answer.error ?? `the token endpoint answered ${response.status}`;
      throw new SignInRefused(`The identity provider did not accept this sign-in's code (${reason}). Codes work once and for a few minutes only.`);
    }
    return answer.id_token;
  }

  private async verifyIdToken(idToken: string, nonce: string): Promise<Record<string, unknown>> {
    let claims: Record<string, unknown>;
    try {
      const kid = JSON.parse(Buffer.from(idToken.split('.')[0] ?? '', 'base64url').toString('utf8')).kid as string | undefined;
      claims = verify(idToken, await this.keys.key(kid), {
        algorithms: [...ID_TOKEN_ALGORITHMS],
        issuer: this.metadata.issuer,
        audience: this.settings.clientId,
        clockTolerance: CLOCK_TOLERANCE,
      }) as Record<string, unknown>;
    } catch (error) {
      throw new SignInRefused(`The identity provider's ID token is not valid (${(error as Error).message}).`);
    }
    if (claims.nonce !== nonce) throw new SignInRefused('The ID token was not issued for this sign-in (its nonce does not match).');
    // With several audiences the token must say it was issued to us (OpenID Connect Core 3.1.3.7).
    if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims.azp !== this.settings.clientId) {
      throw new SignInRefused('The ID token was issued to another application (azp).');
    }
    return claims;
  }
}

/** client_secret_basic unless the issuer only offers client_secret_post; none (PKCE alone) without a secret. */
function clientAuthentication(metadata: IssuerMetadata, secret: string | null): 'client_secret_basic' | 'client_secret_post' | 'none' {
  if (!secret) return 'none';
  const offered = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  if (offered.includes('client_secret_basic')) return 'client_secret_basic';
  if (offered.includes('client_secret_post')) return 'client_secret_post';
  throw new ConfigError('AUTH_OIDC_CLIENT_SECRET', `the issuer accepts neither client_secret_basic nor client_secret_post (it offers ${offered.join(', ')}); leave it unset for a public client`);
}
