import { createHash, randomBytes } from 'node:crypto';
import type { SessionRow, SessionRows } from './session-rows';

export interface SessionPolicy {
  /** A session ends after this long without a request... */
  idleSeconds: number;
  /** ...and this long after sign-in, whatever happens. */
  lifetimeSeconds: number;
}

export interface ActiveSession {
  claims: Record<string, unknown>;
  csrfToken: string;
  idToken: string | null;
  /** When it ends at the latest (absolute expiry), milliseconds since the epoch. */
  endsAt: number;
}

/** 256 random bits, URL-safe: the cookie's value, and separately each session's CSRF token. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

const hashOf = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');

/**
 * Browser sessions: started at sign-in, found by the cookie's id, ended by sign-out, idleness or
 * age. Time comes from `now` so expiry is tested without waiting.
 */
export class Sessions {
  constructor(
    private readonly rows: SessionRows,
    private readonly policy: SessionPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session for these claims; returns the id for the cookie (stored only as its hash). */
  async start(claims: Record<string, unknown>, idToken: string | null): Promise<{ id: string; csrfToken: string }> {
    const now = this.now();
    // Sign-ins are rare next to requests: a good moment to forget sessions nobody can use any more.
    await this.rows.deleteExpired(now - this.policy.lifetimeSeconds * 1000, now - this.policy.idleSeconds * 1000);
    const id = randomToken();
    const row: SessionRow = { idHash: hashOf(id), claims, csrfToken: randomToken(), idToken, createdAt: now, lastSeenAt: now };
    await this.rows.insert(row);
    return { id, csrfToken: row.csrfToken };
  }

  /** The session with this cookie id if it is still running (and now seen); null otherwise. */
  async find(id: string): Promise<ActiveSession | null> {
    const idHash = hashOf(id);
    const row = await this.rows.find(idHash);
    if (!row) return null;
    const now = this.now();
    const endsAt = row.createdAt + this.policy.lifetimeSeconds * 1000;
    if (now >= endsAt || now - row.lastSeenAt >= this.policy.idleSeconds * 1000) {
      await this.rows.delete(idHash);
      return null;
    }
    // A write per request would cost more than the request; idle expiry only needs to be about
    // right, so "seen" is recorded at most every tenth of the idle time (and every minute at most).
    if (now - row.lastSeenAt >= Math.min(60_000, (this.policy.idleSeconds * 1000) / 10)) await this.rows.touch(idHash, now);
    return { claims: row.claims, csrfToken: row.csrfToken, idToken: row.idToken, endsAt };
  }

  /** Ends the session (sign-out); what it was, for the issuer's logout, or null if there was none. */
  async end(id: string): Promise<ActiveSession | null> {
    const session = await this.find(id);
    await this.rows.delete(hashOf(id));
    return session;
  }

  close(): Promise<void> {
    return this.rows.close();
  }
}
