import type { Principal } from './principal';

interface Entry {
  principal: Principal;
  /** Epoch milliseconds at which the token's `exp` is reached: the entry is dead from then on. */
  expiresAt: number;
}

/**
 * The callers of tokens already verified, so a client that sends the same token on every request
 * pays for the signature check once (it was a fifth of an authenticated trivial query, issue 15).
 * Bounded: least recently used entries go first. An entry never outlives its token's `exp`, so an
 * expired token is refused exactly as if it had never been seen; a token that failed is never kept.
 */
export class VerifiedTokenCache {
  // A Map iterates in insertion order: re-inserting on each hit keeps the oldest use first.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The principal of a verified, unexpired token, or undefined (never seen, evicted or expired). */
  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (this.now() >= entry.expiresAt) return undefined;
    this.entries.set(token, entry);
    return entry.principal;
  }

  /** Remembers a verified token until its `exp` (seconds since the epoch); none without one. */
  remember(token: string, principal: Principal, exp: unknown): void {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    const expiresAt = exp * 1000;
    if (this.now() >= expiresAt || this.capacity <= 0) return;
    this.entries.delete(token);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { principal, expiresAt });
  }

  get size(): number {
    return this.entries.size;
  }
}
