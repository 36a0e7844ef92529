import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';

/**
 * The signing keys an OIDC issuer publishes at its JWKS URL, fetched on first use and again when
 * a token names a key id we have not seen (issuers rotate keys), at most once a minute.
 *
 * Why not jwks-rsa: its v4 loads `jose` as an ES module, which Jest (our test runner on Node 20)
 * cannot require; Node's own crypto reads JWKs directly, so this stays small and testable.
 */
export class JwksKeys {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = 0;

  constructor(
    private readonly url: string,
    private readonly now: () => number = Date.now,
  ) {}

  async key(kid: string | undefined): Promise<KeyObject> {
    if (!kid) throw new Error('the token names no signing key (kid)');
    if (!this.keys.has(kid) && this.now() - this.fetchedAt > 60_000) await this.refresh();
    const key = this.keys.get(kid);
    if (!key) throw new Error(`signing key ${kid} is not published by the issuer`);
    return key;
  }

  private async refresh(): Promise<void> {
    this.fetchedAt = this.now();
    const response = await fetch(this.url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`the issuer's key set answered ${response.status}`);
    const { keys } = (await response.json()) as { keys?: Array<JsonWebKey & { kid?: string; use?: string }> };
    this.keys = new Map(
      (keys ?? [])
        .filter((jwk) => jwk.kid && (jwk.use === undefined || jwk.use === 'sig'))
        .map((jwk) => [jwk.kid!, createPublicKey({ key: jwk, format: 'jwk' })]),
    );
  }
}
