/**
 * A browser session as stored: never the cookie's id itself, only its SHA-256, so a copy of the
 * table (a backup, a log) signs nobody in. Sessions are not domain events: they say who is at a
 * keyboard now, not what happened to a plan.
 */
export interface SessionRow {
  idHash: string;
  /** The identity provider's claims (sub, name, email, email_verified, roles, partnerships). */
  claims: Record<string, unknown>;
  /** Sent back in X-CSRF-Token with every cookie-authenticated POST. */
  csrfToken: string;
  /** The ID token, for the issuer's logout (id_token_hint); null for demo sessions. */
  idToken: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  lastSeenAt: number;
}

/** Where sessions live: a file in DATA_DIR, or a table beside the read models in PostgreSQL. */
export interface SessionRows {
  insert(row: SessionRow): Promise<void>;
  find(idHash: string): Promise<SessionRow | null>;
  touch(idHash: string, lastSeenAt: number): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Forgets sessions signed in before `createdBefore` or idle since before `seenBefore`. */
  deleteExpired(createdBefore: number, seenBefore: number): Promise<void>;
  close(): Promise<void>;
}
